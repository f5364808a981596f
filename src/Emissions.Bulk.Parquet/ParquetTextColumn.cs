using System.Runtime.InteropServices;
using ParquetSharp;

namespace Emissions.Inventory.Bulk;

/// <summary>
/// A text column of a Parquet file read batch by batch as UTF-8 byte ranges (ParquetSharp's <see cref="ByteArray"/>,
/// pointers into the decoded page) and decoded into one reused character buffer. A dictionary-encoded column hands
/// out the same pointer for the same value, so a run of equal values (a meter's kind, region, unit) is decoded once.
/// A null reads as empty.
/// </summary>
internal sealed class ParquetTextColumn(int column, short maxDefinitionLevel) : IDisposable
{
    private readonly ByteArray[] _values = new ByteArray[ParquetActivityReader.BatchRows];
    private readonly short[] _levels = new short[ParquetActivityReader.BatchRows];
    private readonly int[] _start = new int[ParquetActivityReader.BatchRows];
    private readonly int[] _length = new int[ParquetActivityReader.BatchRows];
    private char[] _chars = new char[ParquetActivityReader.BatchRows * 16];
    private byte[] _bytes = new byte[256];
    private ColumnReader<ByteArray>? _reader;

    /// <summary>The row's text in the current batch.</summary>
    public ReadOnlySpan<char> this[int row] => _chars.AsSpan(_start[row], _length[row]);

    /// <summary>Whether a column holds text: BYTE_ARRAY, annotated as a string or not annotated.</summary>
    public static bool IsText(ColumnDescriptor descriptor) =>
        descriptor.PhysicalType == PhysicalType.ByteArray && descriptor.LogicalType is StringLogicalType or NoneLogicalType;

    public static ParquetTextColumn Of(ColumnDescriptor descriptor, int column) =>
        IsText(descriptor) ? new ParquetTextColumn(column, descriptor.MaxDefinitionLevel)
        : throw new InputException($"column {descriptor.Name}", null, "a text (UTF-8 string) column", InputError.WrongType);

    public void Open(RowGroupReader group)
    {
        _reader?.Dispose();
        _reader = (ColumnReader<ByteArray>)group.Column(column);
    }

    /// <summary>The next <paramref name="rows"/> rows of the row group.</summary>
    public void Read(int rows, string source)
    {
        var reader = _reader ?? throw new InvalidOperationException("no row group open");
        var used = 0;
        for (var filled = 0; filled < rows;)
        {
            // A batch ends at a page's end; a value's pointer is good until the next batch, so equal pointers are
            // compared only within one.
            var levels = (int)reader.ReadBatch(rows - filled, _levels.AsSpan(filled, rows - filled), default, _values.AsSpan(0, rows - filled), out _);
            if (levels == 0)
            {
                throw new InputException($"{source}, column {column + 1}", null, $"{rows - filled:N0} more rows in the row group (the column ends early)");
            }

            var last = new ByteArray(IntPtr.Zero, -1);
            var lastStart = 0;
            var lastLength = 0;
            var value = 0;
            for (var k = filled; k < filled + levels; k++)
            {
                if (maxDefinitionLevel > 0 && _levels[k] < maxDefinitionLevel)
                {
                    (_start[k], _length[k]) = (0, 0);
                    continue;
                }

                var bytes = _values[value++];
                if (bytes.Pointer != last.Pointer || bytes.Length != last.Length)
                {
                    last = bytes;
                    lastStart = used;
                    lastLength = Decode(bytes, ref used);
                }

                (_start[k], _length[k]) = (lastStart, lastLength);
            }

            filled += levels;
        }
    }

    private int Decode(ByteArray value, ref int used)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        if (_bytes.Length < value.Length)
        {
            _bytes = new byte[Math.Max(value.Length, _bytes.Length * 2)];
        }

        Marshal.Copy(value.Pointer, _bytes, 0, value.Length);
        if (_chars.Length - used < value.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, used + value.Length));
        }

        var length = System.Text.Encoding.UTF8.GetChars(_bytes.AsSpan(0, value.Length), _chars.AsSpan(used));
        used += length;
        return length;
    }

    public void Dispose() => _reader?.Dispose();
}
