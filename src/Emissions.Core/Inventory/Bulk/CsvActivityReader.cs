using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Emissions.Inventory.Bulk;

/// <summary>
/// Reads a bulk activity CSV file (comma-separated, a header row naming the <see cref="BulkLayout"/> columns in any
/// order, RFC 4180 quotes) row by row into <see cref="BulkActivitySums"/>, in constant memory: Sep hands out each
/// row's columns as spans of its buffer, and only a row starting a new group makes strings.
/// </summary>
internal static class CsvActivityReader
{
    private const int ProgressEvery = 1 << 18;

    /// <summary>Reads <paramref name="stream"/>, naming <paramref name="source"/> (the file) in errors and traces.</summary>
    public static void Read(Stream stream, string source, BulkActivitySums sums, Action<BulkProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sums);
        var total = stream.CanSeek ? stream.Length : 0;
        long row = 0;
        var line = 1;
        try
        {
            // A 64 KiB text buffer: StreamReader's default (1 KiB) made 5.5 million read calls of a 5.5 GB file.
            using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, CultureInfo = CultureInfo.InvariantCulture }).From(text);
            if (reader.Header.IsEmpty)
            {
                throw new InputException($"{source}, header", null, $"a header row naming the {BulkLayout.Columns}", InputError.Missing);
            }

            var columns = BulkColumnIndexes.Of(reader.Header.ColNames, source);
            foreach (var r in reader)
            {
                row++;
                line = r.LineNumberFrom;
                try
                {
                    var amount = BulkAmount.Parse(r[columns.Amount].Span);
                    sums.Add(r[columns.Kind].Span, Optional(r, columns.Region), Optional(r, columns.Fuel), r[columns.Unit].Span, Optional(r, columns.Period), amount, row);
                }
                catch (BulkValueException ex)
                {
                    throw ex.At($"{source}, row {BulkGroup.N(row)} (line {BulkGroup.N(line)})");
                }

                if (progress is not null && (row & (ProgressEvery - 1)) == 0)
                {
                    progress(new BulkProgress(row, stream.CanSeek ? stream.Position : 0, total));
                }
            }
        }
        catch (InvalidDataException ex)
        {
            // Sep's own: a row with another number of columns than the header, or an unterminated quote.
            throw new InputException($"{source}, row {BulkGroup.N(row + 1)} (after line {BulkGroup.N(line)})", null,
                $"a row of the header's columns, comma-separated ({ex.Message.ReplaceLineEndings(" ")})");
        }

        progress?.Invoke(new BulkProgress(row, total, total));
    }

    private static ReadOnlySpan<char> Optional(SepReader.Row row, int column) => column < 0 ? default : row[column].Span;
}
