using System.Globalization;
using System.Runtime.InteropServices;
using ParquetSharp;

namespace Emissions.Inventory.Bulk;

/// <summary>
/// The <c>amount</c> column of a Parquet file, batch by batch, as exact decimals: a DECIMAL(p, s) column from its
/// unscaled integer (INT32, INT64, or big-endian two's complement bytes) and its scale, with no text in between; an
/// integer column as is; a text column parsed as a CSV amount is. Floating-point columns are refused: a double
/// holds 0.1 as 0.1000000000000000055…, and which decimal was meant is a guess this reader does not make.
/// A null is a missing amount.
/// </summary>
internal sealed class ParquetAmountColumn : IDisposable
{
    private readonly ColumnDescriptor _descriptor;
    private readonly int _column;
    private readonly byte _scale;
    private readonly ParquetTextColumn? _text;
    private readonly decimal[] _values = new decimal[ParquetActivityReader.BatchRows];
    private readonly bool[] _missing = new bool[ParquetActivityReader.BatchRows];
    private readonly short[] _levels = new short[ParquetActivityReader.BatchRows];
    private readonly int[] _ints = new int[ParquetActivityReader.BatchRows];
    private readonly long[] _longs = new long[ParquetActivityReader.BatchRows];
    private readonly ByteArray[] _bytes = new ByteArray[ParquetActivityReader.BatchRows];
    private readonly FixedLenByteArray[] _fixed = new FixedLenByteArray[ParquetActivityReader.BatchRows];
    private readonly byte[] _big = new byte[16];
    private readonly string _source;
    private ColumnReader? _reader;

    public ParquetAmountColumn(ColumnDescriptor descriptor, int column, string source)
    {
        _descriptor = descriptor;
        _column = column;
        _source = source;
        if (ParquetTextColumn.IsText(descriptor))
        {
            _text = new ParquetTextColumn(column, descriptor.MaxDefinitionLevel);
            return;
        }

        var physical = descriptor.PhysicalType;
        if (descriptor.LogicalType is DecimalLogicalType dec)
        {
            _scale = dec.Scale is >= 0 and <= 28 ? (byte)dec.Scale
                : throw new InputException($"{source}, column {BulkLayout.Amount}", null, $"a DECIMAL column of scale 0 to 28 (a decimal's); it is DECIMAL({dec.Precision}, {dec.Scale})", InputError.WrongType);
        }
        else if (physical is not (PhysicalType.Int32 or PhysicalType.Int64))
        {
            throw new InputException($"{source}, column {BulkLayout.Amount}", null,
                $"a decimal, integer or text column (a floating-point column is not exact: write the amounts as DECIMAL or as text); it is {(physical == PhysicalType.Double ? "double" : physical == PhysicalType.Float ? "float" : "of another type")}",
                InputError.WrongType);
        }
    }

    /// <summary>The row's amount in the current batch; a null or bad text throws for the reader to place.</summary>
    public decimal Value(int row) =>
        _text is not null ? BulkAmount.Parse(_text[row])
        : _missing[row] ? throw new BulkValueException(BulkLayout.Amount, null, BulkAmount.Expected, InputError.Missing)
        : _values[row];

    public void Open(RowGroupReader group)
    {
        if (_text is not null)
        {
            _text.Open(group);
            return;
        }

        _reader?.Dispose();
        _reader = group.Column(_column);
    }

    /// <summary>The next <paramref name="rows"/> rows of the row group.</summary>
    public void Read(int rows)
    {
        if (_text is not null)
        {
            _text.Read(rows, _source);
            return;
        }

        for (var filled = 0; filled < rows;)
        {
            var levels = _reader switch
            {
                ColumnReader<long> r => Scaled(r.ReadBatch(rows - filled, _levels.AsSpan(filled, rows - filled), default, _longs, out _), filled, static (c, i) => c._longs[i]),
                ColumnReader<int> r => Scaled(r.ReadBatch(rows - filled, _levels.AsSpan(filled, rows - filled), default, _ints, out _), filled, static (c, i) => c._ints[i]),
                ColumnReader<FixedLenByteArray> r => Big(r.ReadBatch(rows - filled, _levels.AsSpan(filled, rows - filled), default, _fixed, out _), filled, _descriptor.TypeLength, static (c, i) => c._fixed[i].Pointer),
                ColumnReader<ByteArray> r => Big(r.ReadBatch(rows - filled, _levels.AsSpan(filled, rows - filled), default, _bytes, out _), filled, -1, static (c, i) => c._bytes[i].Pointer),
                _ => throw new InvalidOperationException("no row group open"),
            };
            if (levels == 0)
            {
                throw new InputException($"{_source}, column {BulkLayout.Amount}", null, $"{rows - filled:N0} more rows in the row group (the column ends early)");
            }

            filled += levels;
        }
    }

    // Levels [filled, filled + levels) from values 0…: a present value is value · 10^−scale, exactly.
    private int Scaled(long levels, int filled, Func<ParquetAmountColumn, int, long> unscaled)
    {
        var value = 0;
        for (var k = filled; k < filled + levels; k++)
        {
            if (_missing[k] = _descriptor.MaxDefinitionLevel > 0 && _levels[k] < _descriptor.MaxDefinitionLevel)
            {
                continue;
            }

            var v = unscaled(this, value++);
            var magnitude = v < 0 ? unchecked((ulong)-(v + 1)) + 1 : (ulong)v;
            _values[k] = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, v < 0, _scale);
        }

        return (int)levels;
    }

    // DECIMAL as big-endian two's complement bytes (FIXED_LEN_BYTE_ARRAY of typeLength, or BYTE_ARRAY of its own length).
    private int Big(long levels, int filled, int typeLength, Func<ParquetAmountColumn, int, IntPtr> pointer)
    {
        var value = 0;
        for (var k = filled; k < filled + levels; k++)
        {
            if (_missing[k] = _descriptor.MaxDefinitionLevel > 0 && _levels[k] < _descriptor.MaxDefinitionLevel)
            {
                continue;
            }

            var length = typeLength >= 0 ? typeLength : _bytes[value].Length;
            var at = pointer(this, value++);
            if (length > _big.Length)
            {
                throw new BulkValueException(BulkLayout.Amount, null, $"a DECIMAL of at most {_big.Length} bytes");
            }

            Marshal.Copy(at, _big, 0, length);
            _values[k] = FromBigEndian(_big.AsSpan(0, length));
        }

        return (int)levels;
    }

    private decimal FromBigEndian(ReadOnlySpan<byte> bytes)
    {
        Int128 unscaled = bytes.Length > 0 && (sbyte)bytes[0] < 0 ? -1 : 0;
        foreach (var b in bytes)
        {
            unscaled = (unscaled << 8) | b;
        }

        var negative = Int128.IsNegative(unscaled);
        var magnitude = negative ? (UInt128)(-(unscaled + 1)) + 1 : (UInt128)unscaled;
        if (magnitude >> 96 != 0)
        {
            throw new BulkValueException(BulkLayout.Amount, $"{(negative ? "-" : "")}{magnitude.ToString(CultureInfo.InvariantCulture)}e-{_scale}",
                "an amount of at most 28 digits (what a decimal holds)");
        }

        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, _scale);
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _text?.Dispose();
    }
}
