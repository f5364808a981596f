using Emissions.Inventory;
using Emissions.Cli.Output;
using Emissions.Inventory.Bulk;

namespace Emissions.Cli;

/// <summary>
/// `emissions calculate meters.csv|meters.parquet [--inventory org.json]`: a bulk activity file (docs/CONTRACT.md,
/// "Bulk activity data") summed in one pass, with a progress bar on stderr when stderr is a terminal.
/// </summary>
internal static class BulkFiles
{
    /// <summary>A Parquet file, or a CSV file whose header names only bulk columns (kind, amount, unit, …) and whose first row is a reading.</summary>
    public static bool IsBulk(string path)
    {
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return false;
        }

        // An activity CSV (the template's kind column) may use only these column names too; its first row is then a
        // setting such as period or factorSet, where a bulk file's first row is a reading (electricity, heat, fuel).
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine()?.Split(',').Select(name => name.Trim().Trim('"')).ToList();
        if (header is null || !BulkLayout.IsHeader(header))
        {
            return false;
        }

        var first = reader.ReadLine()?.Split(',');
        var kind = header.IndexOf(BulkLayout.Kind);
        return first is null || (kind < first.Length && BulkLayout.Kinds.Contains(first[kind].Trim().Trim('"')));
    }

    /// <summary>The bulk file's rows summed into <paramref name="inventory"/>'s lines.</summary>
    public static Inventory.Inventory Read(string path, Inventory.Inventory inventory, TextWriter? progressTo)
    {
        if (!File.Exists(path))
        {
            throw CliFiles.NoSuchFile(path);
        }

        var sums = new BulkActivitySums(inventory.Year);
        using var bar = progressTo is null ? null : new ProgressBar(progressTo);
        Action<BulkProgress>? progress = bar is null ? null : bar.Show;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
        {
            if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
            {
                ParquetActivityReader.ReadAsync(stream, path, sums, progress).GetAwaiter().GetResult();
            }
            else
            {
                CsvActivityReader.Read(stream, path, sums, progress);
            }
        }

        return BulkInventory.With(inventory, sums, path);
    }
}
