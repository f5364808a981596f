using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Inventory.Bulk;

/// <summary>
/// The rows of a bulk file that share every factor (kind, region, fuel and unit, as ADR 0008 groups lines), summed:
/// what the calculation needs of them, and what the trace says of them (how many rows, the first and last, the periods).
/// </summary>
internal sealed class BulkGroup
{
    private readonly char[] _firstPeriod = new char[BulkPeriods.MaxLength];
    private readonly char[] _lastPeriod = new char[BulkPeriods.MaxLength];
    private int _firstPeriodLength;
    private int _lastPeriodLength;
    private decimal _sum;

    internal BulkGroup(BulkKind kind, string? region, string? fuel, Unit unit, long firstRow)
    {
        Kind = kind;
        Region = region;
        Fuel = fuel;
        Unit = unit;
        FirstRow = firstRow;
        LastRow = firstRow;
    }

    public BulkKind Kind { get; }

    /// <summary>The grid region (electricity) or the fuel's region as written (fuel; null: the inventory's).</summary>
    public string? Region { get; }

    public string? Fuel { get; }

    /// <summary>The unit the rows are written in; the sum is in it too.</summary>
    public Unit Unit { get; }

    /// <summary>Σ of the rows' amounts, exact (decimal addition; an overflow is an error, never a rounding).</summary>
    public decimal Sum => _sum;

    public long Rows { get; private set; }

    /// <summary>The first and last row of the group (1-based data rows; the rows between may belong to other groups).</summary>
    public long FirstRow { get; }

    public long LastRow { get; private set; }

    /// <summary>The earliest and latest <c>period</c> of the group's rows (ordinal), or null without a period column.</summary>
    public string? FirstPeriod => _firstPeriodLength == 0 ? null : new string(_firstPeriod, 0, _firstPeriodLength);

    public string? LastPeriod => _lastPeriodLength == 0 ? null : new string(_lastPeriod, 0, _lastPeriodLength);

    public Measurement Total => new(_sum, Unit);

    internal void Add(decimal amount, long row)
    {
        _sum += amount;
        Rows++;
        LastRow = row;
    }

    // Meter readings come in time order, so a period is most often the latest yet: one comparison, then a copy.
    internal void NotePeriod(ReadOnlySpan<char> period)
    {
        if (_lastPeriodLength > 0 && period.SequenceCompareTo(_lastPeriod.AsSpan(0, _lastPeriodLength)) > 0)
        {
            period.CopyTo(_lastPeriod);
            _lastPeriodLength = period.Length;
            return;
        }

        if (_firstPeriodLength == 0 || period.SequenceCompareTo(_firstPeriod.AsSpan(0, _firstPeriodLength)) < 0)
        {
            period.CopyTo(_firstPeriod);
            _firstPeriodLength = period.Length;
        }

        if (_lastPeriodLength == 0)
        {
            period.CopyTo(_lastPeriod);
            _lastPeriodLength = period.Length;
        }
    }

    /// <summary>
    /// Where the group's amount comes from, as its line's path in traces and errors:
    /// "meters.csv: 25,000,000 electricity rows (CN-North, kWh), rows 1–99,999,997, periods 2024-01…2024-12".
    /// </summary>
    public string Describe(string source)
    {
        var what = Kind switch
        {
            BulkKind.Electricity => $"electricity rows ({Region}, {Unit.Symbol})",
            BulkKind.Heat => $"heat rows ({Unit.Symbol})",
            _ => $"{Fuel} rows ({(Region is null ? "" : Region + ", ")}{Unit.Symbol})",
        };
        var rows = Rows == 1 ? $"row {N(FirstRow)}" : $"rows {N(FirstRow)}–{N(LastRow)}";
        var periods = FirstPeriod is null ? "" : FirstPeriod == LastPeriod ? $", period {FirstPeriod}" : $", periods {FirstPeriod}…{LastPeriod}";
        return $"{source}: {N(Rows)} {what}, {rows}{periods}";
    }

    internal static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
