using ParquetSharp;

namespace Emissions.Inventory.Bulk;

/// <summary>
/// Reads a bulk activity Parquet file (<see cref="BulkLayout"/> columns by name; text columns as UTF-8 strings;
/// <c>amount</c> as a DECIMAL, an integer or text, never a floating-point number, which is not exact) into
/// <see cref="BulkActivitySums"/> with ParquetSharp's physical column readers (ADR 0017): each row group's columns
/// in lockstep batches of <see cref="BatchRows"/> rows, text as UTF-8 byte ranges of the decoded pages, decimals as
/// their unscaled integers. Memory is the batches' and the native reader's column chunks, whatever the file's size.
/// </summary>
internal static class ParquetActivityReader
{
    /// <summary>Rows per batch: the buffers of every column hold this many rows.</summary>
    internal const int BatchRows = 4096;

    /// <summary>Reads <paramref name="stream"/> (seekable), naming <paramref name="source"/> (the file) in errors and traces.</summary>
    /// <remarks>The reading is synchronous (the native reader blocks); the task is complete when it returns.</remarks>
    public static Task ReadAsync(Stream stream, string source, BulkActivitySums sums, Action<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        try
        {
            Read(stream, source, sums, progress, cancellationToken);
            return Task.CompletedTask;
        }
        catch (Exception ex) when (ex is InvalidInputException or OperationCanceledException or ArgumentException)
        {
            return Task.FromException(ex);
        }
    }

    /// <summary>As <see cref="ReadAsync"/>, on the calling thread.</summary>
    /// <param name="stream">The file, seekable.</param>
    /// <param name="source">The file's name for errors and traces.</param>
    /// <param name="sums">Where the rows are summed.</param>
    /// <param name="progress">Called after each row group.</param>
    /// <param name="cancellationToken">Checked between batches.</param>
    public static void Read(Stream stream, string source, BulkActivitySums sums, Action<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sums);
        ParquetFileReader file;
        try
        {
            file = new ParquetFileReader(stream, leaveOpen: true);
        }
        catch (Exception ex) when (ex is ParquetException or IOException)
        {
            throw NotParquet(source, ex);
        }

        using (file)
        {
            try
            {
                ReadGroups(file, source, sums, progress, cancellationToken);
            }
            catch (ParquetException ex)
            {
                throw NotParquet(source, ex);
            }
        }
    }

    private static void ReadGroups(ParquetFileReader file, string source, BulkActivitySums sums, Action<BulkProgress>? progress, CancellationToken cancellationToken)
    {
        var meta = file.FileMetaData;
        var descriptors = Enumerable.Range(0, meta.NumColumns).Select(meta.Schema.Column).ToList();
        var indexes = BulkColumnIndexes.Of([.. descriptors.Select(d => d.Name)], source);
        using var kind = ParquetTextColumn.Of(descriptors[indexes.Kind], indexes.Kind);
        using var unit = ParquetTextColumn.Of(descriptors[indexes.Unit], indexes.Unit);
        using var region = indexes.Region < 0 ? null : ParquetTextColumn.Of(descriptors[indexes.Region], indexes.Region);
        using var fuel = indexes.Fuel < 0 ? null : ParquetTextColumn.Of(descriptors[indexes.Fuel], indexes.Fuel);
        using var period = indexes.Period < 0 ? null : ParquetTextColumn.Of(descriptors[indexes.Period], indexes.Period);
        using var amount = new ParquetAmountColumn(descriptors[indexes.Amount], indexes.Amount, source);
        ParquetTextColumn?[] texts = [kind, unit, region, fuel, period];
        long row = 0;
        for (var g = 0; g < meta.NumRowGroups; g++)
        {
            using var group = file.RowGroup(g);
            foreach (var text in texts)
            {
                text?.Open(group);
            }

            amount.Open(group);
            var rows = group.MetaData.NumRows;
            for (long done = 0; done < rows; done += BatchRows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var count = (int)Math.Min(BatchRows, rows - done);
                foreach (var text in texts)
                {
                    text?.Read(count, source);
                }

                amount.Read(count);
                for (var i = 0; i < count; i++)
                {
                    row++;
                    try
                    {
                        var value = amount.Value(i);
                        sums.Add(kind[i], region is null ? default : region[i], fuel is null ? default : fuel[i], unit[i], period is null ? default : period[i], value, row);
                    }
                    catch (BulkValueException ex)
                    {
                        throw ex.At($"{source}, row {BulkGroup.N(row)}");
                    }
                }
            }

            progress?.Invoke(new BulkProgress(row, g + 1, meta.NumRowGroups));
        }
    }

    private static InputException NotParquet(string source, Exception ex) =>
        new(source, null, $"a Parquet file ({ex.Message.ReplaceLineEndings(" ").Trim()})");
}
