namespace Emissions.Inventory.Bulk;

/// <summary>How far a bulk file has been read: rows so far, and <paramref name="Done"/> of <paramref name="Total"/> (bytes of a CSV file, row groups of a Parquet file).</summary>
internal readonly record struct BulkProgress(long Rows, long Done, long Total)
{
    public double Fraction => Total <= 0 ? 0 : Math.Min(1, (double)Done / Total);
}
