using System.Buffers;
using Parquet;
using Parquet.Schema;

namespace Emissions.Inventory.Bulk;

/// <summary>
/// Reads a bulk activity Parquet file (<see cref="BulkLayout"/> columns by name; text columns as UTF-8 strings;
/// <c>amount</c> as a decimal, an integer or a string, never a floating-point number, which is not exact) one row
/// group at a time into <see cref="BulkActivitySums"/>: memory is that of one row group's columns.
/// </summary>
internal static class ParquetActivityReader
{
    /// <summary>Reads <paramref name="stream"/> (seekable), naming <paramref name="source"/> (the file) in errors and traces.</summary>
    public static async Task ReadAsync(Stream stream, string source, BulkActivitySums sums, Action<BulkProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sums);
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, null, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ParquetException or IOException or InvalidDataException or NotSupportedException)
        {
            throw new InputException(source, null, $"a Parquet file ({ex.Message.ReplaceLineEndings(" ")})");
        }

        await using (reader.ConfigureAwait(false))
        {
            var fields = reader.Schema.GetDataFields();
            var indexes = BulkColumnIndexes.Of([.. fields.Select(f => f.Name)], source);
            var columns = new ParquetColumns(fields, indexes, source);
            long row = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                await columns.ReadAsync(group, count, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < count; i++)
                {
                    row++;
                    try
                    {
                        sums.Add(columns.Kind(i), columns.Region(i), columns.Fuel(i), columns.Unit(i), columns.Period(i), columns.Amount(i), row);
                    }
                    catch (BulkValueException ex)
                    {
                        throw ex.At($"{source}, row {BulkGroup.N(row)}");
                    }
                }

                progress?.Invoke(new BulkProgress(row, g + 1, reader.RowGroupCount));

                // Parquet.Net decodes each row group into new large buffers (the large-object heap, collected only
                // with generation 2): without a full collection per row group, 10⁷ rows in 1 M-row groups peaked at
                // 845 MB. One collection per group costs milliseconds against the seconds a group takes.
                GC.Collect();
            }

        }
    }

    /// <summary>One row group's columns, in buffers reused from group to group.</summary>
    private sealed class ParquetColumns(DataField[] fields, BulkColumnIndexes indexes, string source)
    {
        private readonly TextColumn _kind = TextColumn.Of(fields[indexes.Kind])!;
        private readonly TextColumn _unit = TextColumn.Of(fields[indexes.Unit])!;
        private readonly TextColumn? _region = indexes.Region < 0 ? null : TextColumn.Of(fields[indexes.Region]);
        private readonly TextColumn? _fuel = indexes.Fuel < 0 ? null : TextColumn.Of(fields[indexes.Fuel]);
        private readonly TextColumn? _period = indexes.Period < 0 ? null : TextColumn.Of(fields[indexes.Period]);
        private readonly AmountColumn _amount = new(fields[indexes.Amount], source);

        public ReadOnlySpan<char> Kind(int i) => _kind[i];

        public ReadOnlySpan<char> Unit(int i) => _unit[i];

        public ReadOnlySpan<char> Region(int i) => _region is null ? default : _region[i];

        public ReadOnlySpan<char> Fuel(int i) => _fuel is null ? default : _fuel[i];

        public ReadOnlySpan<char> Period(int i) => _period is null ? default : _period[i];

        public decimal Amount(int i) => _amount[i];

        public async Task ReadAsync(ParquetRowGroupReader group, int count, CancellationToken cancellationToken)
        {
            foreach (var column in new[] { _kind, _unit, _region, _fuel, _period })
            {
                if (column is not null)
                {
                    await column.ReadAsync(group, count, cancellationToken).ConfigureAwait(false);
                }
            }

            await _amount.ReadAsync(group, count, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A text column as slices of the row group's decoded characters (no string per value); a null reads as empty.</summary>
    private sealed class TextColumn(DataField field)
    {
        private ReadOnlyMemory<char>[] _values = [];
        private ReadOnlyMemory<char>?[] _nullable = [];

        public ReadOnlySpan<char> this[int i] => field.IsNullable ? (_nullable[i] ?? default).Span : _values[i].Span;

        public static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

        public static TextColumn Of(DataField field) =>
            IsText(field) ? new TextColumn(field) : throw new InputException($"column {field.Name}", null, "a text (UTF-8 string) column", InputError.WrongType);

        public async Task ReadAsync(ParquetRowGroupReader group, int count, CancellationToken cancellationToken)
        {
            if (field.IsNullable)
            {
                _nullable = Fit(_nullable, count);
                await group.ReadAsync<ReadOnlyMemory<char>>(field, _nullable.AsMemory(0, count), null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                _values = Fit(_values, count);
                await group.ReadAsync<ReadOnlyMemory<char>>(field, _values.AsMemory(0, count), null, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The amount column: decimal, integer or text; a null is a missing amount.</summary>
    private sealed class AmountColumn
    {
        private readonly DataField _field;
        private readonly TextColumn? _text;
        private decimal?[] _values = [];

        public AmountColumn(DataField field, string source)
        {
            _field = field;
            if (TextColumn.IsText(field))
            {
                _text = new TextColumn(field);
            }
            else if (field.ClrType != typeof(decimal) && field.ClrType != typeof(long) && field.ClrType != typeof(int))
            {
                throw new InputException($"{source}, column {BulkLayout.Amount}", null,
                    $"a decimal, integer or text column (a floating-point column is not exact: write the amounts as DECIMAL or as text); it is {(field.ClrType == typeof(double) ? "double" : field.ClrType == typeof(float) ? "float" : "of another type")}",
                    InputError.WrongType);
            }
        }

        public decimal this[int i] => _text is not null ? BulkAmount.Parse(_text[i])
            : _values[i] ?? throw new BulkValueException(BulkLayout.Amount, null, BulkAmount.Expected, InputError.Missing);

        public async Task ReadAsync(ParquetRowGroupReader group, int count, CancellationToken cancellationToken)
        {
            if (_text is not null)
            {
                await _text.ReadAsync(group, count, cancellationToken).ConfigureAwait(false);
                return;
            }

            _values = Fit(_values, count);
            if (_field.ClrType == typeof(decimal))
            {
                await Read<decimal>(group, count, static v => v, cancellationToken).ConfigureAwait(false);
            }
            else if (_field.ClrType == typeof(long))
            {
                await Read<long>(group, count, static v => v, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Read<int>(group, count, static v => v, cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task Read<T>(ParquetRowGroupReader group, int count, Func<T, decimal> convert, CancellationToken cancellationToken)
            where T : struct
        {
            if (_field.IsNullable)
            {
                var read = ArrayPool<T?>.Shared.Rent(count);
                await group.ReadAsync<T>(_field, read.AsMemory(0, count), null, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < count; i++)
                {
                    _values[i] = read[i] is { } v ? convert(v) : null;
                }

                ArrayPool<T?>.Shared.Return(read);
            }
            else
            {
                var read = ArrayPool<T>.Shared.Rent(count);
                await group.ReadAsync<T>(_field, read.AsMemory(0, count), null, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < count; i++)
                {
                    _values[i] = convert(read[i]);
                }

                ArrayPool<T>.Shared.Return(read);
            }
        }
    }

    private static T[] Fit<T>(T[] buffer, int count) => buffer.Length >= count ? buffer : new T[count];
}
