using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Inventory.Bulk;

/// <summary>
/// The rows of a bulk activity file summed per group as they stream past (ADR 0008: the calculation multiplies each
/// group's sum by its factors once), so that 10⁸ rows take the memory of their groups, not of their lines. A group's
/// kind, region, fuel and unit are checked when its first row is seen; every row's amount and period are checked.
/// </summary>
internal sealed class BulkActivitySums
{
    private const char Separator = '\u001F';

    private readonly List<BulkGroup> _groups = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly char[] _key = new char[1024];
    private readonly LastValue _lastKind = new();
    private readonly LastValue _lastRegion = new();
    private readonly LastValue _lastFuel = new();
    private readonly LastValue _lastUnit = new();
    private readonly string? _year;
    private readonly List<string> _notes = [];
    private BulkGroup? _last;

    /// <param name="year">The inventory's reporting year, when known: every row's period must be in it.</param>
    public BulkActivitySums(int? year = null)
    {
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        _year = year?.ToString("D4", CultureInfo.InvariantCulture);
    }

    /// <summary>The groups, in order of their first row.</summary>
    public IReadOnlyList<BulkGroup> Groups => _groups;

    public long Rows { get; private set; }

    /// <summary>Units read by a documented default ("MT" as metric tons), once each, naming the column.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Adds one row (<paramref name="row"/> is its 1-based number among the data rows); a bad value throws naming its column.</summary>
    internal void Add(ReadOnlySpan<char> kind, ReadOnlySpan<char> region, ReadOnlySpan<char> fuel, ReadOnlySpan<char> unit, ReadOnlySpan<char> period, decimal amount, long row)
    {
        var group = Find(kind, region, fuel, unit, row);
        if (amount < 0m)
        {
            throw new BulkValueException(BulkLayout.Amount, amount.ToString(CultureInfo.InvariantCulture), "a non-negative quantity");
        }

        if (!period.IsEmpty)
        {
            CheckPeriod(period);
            group.NotePeriod(period);
        }

        try
        {
            group.Add(amount, row);
        }
        catch (OverflowException)
        {
            throw new BulkValueException(BulkLayout.Amount, amount.ToString(CultureInfo.InvariantCulture),
                $"an amount whose sum with the rows before it fits a decimal (the {group.Rows:N0} rows before sum to {group.Sum.ToString(CultureInfo.InvariantCulture)} {group.Unit.Symbol})");
        }

        Rows++;
    }

    private void CheckPeriod(ReadOnlySpan<char> period)
    {
        if (!BulkPeriods.IsValid(period))
        {
            throw new BulkValueException(BulkLayout.Period, period.ToString(), BulkPeriods.Expected);
        }

        if (_year is not null && !period.StartsWith(_year, StringComparison.Ordinal))
        {
            throw new BulkValueException(BulkLayout.Period, period.ToString(), $"a period in {_year}, the inventory's reporting year");
        }
    }

    // Meter data comes in runs of one meter, so the row's group is nearly always the last row's: one comparison of the key.
    private BulkGroup Find(ReadOnlySpan<char> kind, ReadOnlySpan<char> region, ReadOnlySpan<char> fuel, ReadOnlySpan<char> unit, long row)
    {
        if (_last is not null && _lastKind.Is(kind) && _lastRegion.Is(region) && _lastFuel.Is(fuel) && _lastUnit.Is(unit))
        {
            return _last;
        }

        var length = kind.Length + region.Length + fuel.Length + unit.Length + 3;
        if (length > _key.Length)
        {
            throw new BulkValueException(BulkLayout.Kind, kind.ToString(), $"{BulkLayout.Kind}, {BulkLayout.Region}, {BulkLayout.Fuel} and {BulkLayout.Unit} of at most {_key.Length - 3} characters together");
        }

        var key = _key.AsSpan(0, length);
        kind.CopyTo(key);
        var at = kind.Length;
        key[at++] = Separator;
        region.CopyTo(key[at..]);
        at += region.Length;
        key[at++] = Separator;
        fuel.CopyTo(key[at..]);
        at += fuel.Length;
        key[at++] = Separator;
        unit.CopyTo(key[at..]);
        if (!_lookup.TryGetValue(key, out var index))
        {
            index = _groups.Count;
            _groups.Add(NewGroup(kind.ToString(), region.ToString(), fuel.ToString(), unit.ToString(), row));
            _index.Add(key.ToString(), index);
        }

        _lastKind.Set(kind);
        _lastRegion.Set(region);
        _lastFuel.Set(fuel);
        _lastUnit.Set(unit);
        _last = _groups[index];
        return _last;
    }

    private BulkGroup NewGroup(string kind, string region, string fuel, string unitText, long row)
    {
        var parsedKind = kind switch
        {
            "electricity" => BulkKind.Electricity,
            "heat" => BulkKind.Heat,
            "fuel" => BulkKind.Fuel,
            _ => throw new BulkValueException(BulkLayout.Kind, kind, $"one of {string.Join(", ", BulkLayout.Kinds)}", kind.Length == 0 ? InputError.Missing : InputError.InvalidValue),
        };
        var unit = ParseUnit(unitText);
        var probe = new Amount(new Measurement(0m, unit), BulkLayout.Unit);
        switch (parsedKind)
        {
            case BulkKind.Electricity:
                Expect(probe, InventoryReader.ElectricityEnergy, Dimension.EnergyDim);
                Empty(BulkLayout.Fuel, fuel, "empty for an electricity row");
                return new BulkGroup(parsedKind, Region(region, required: true), null, unit, row);
            case BulkKind.Heat:
                Expect(probe, InventoryReader.HeatEnergy, Dimension.EnergyDim);
                Empty(BulkLayout.Fuel, fuel, "empty for a heat row");
                Empty(BulkLayout.Region, region, "empty for a heat row (heat is accounted in the inventory's region, as in the JSON heat lines)");
                return new BulkGroup(parsedKind, null, null, unit, row);
            default:
                Expect(probe, InventoryReader.FuelAmount, Dimension.MassDim, Dimension.VolumeDim, Dimension.EnergyDim);
                if (unit.CalorificBasis == CalorificBasis.Gross)
                {
                    throw new BulkValueException(BulkLayout.Unit, unitText, InventoryReader.NetBasisOnly);
                }

                if (fuel.Length == 0)
                {
                    throw new BulkValueException(BulkLayout.Fuel, null, $"one of {string.Join(", ", InventoryReader.Fuels)} for a fuel row", InputError.Missing);
                }

                return new BulkGroup(parsedKind, Region(region, required: false), Checked(BulkLayout.Fuel, () => InventoryReader.Fuel(fuel, BulkLayout.Fuel)), unit, row);
        }
    }

    private Unit ParseUnit(string text)
    {
        try
        {
            var unit = UnitParser.Parse(text.AsSpan());
            if (unit.Caveat is { } caveat)
            {
                _notes.Add($"{BulkLayout.Unit} '{text}': {caveat}");
            }

            return unit;
        }
        catch (QuantityException ex)
        {
            throw new BulkValueException(BulkLayout.Unit, text, ex.Expected, text.Length == 0 ? InputError.Missing : InputError.Quantity, ex, ex.Message);
        }
    }

    private static void Expect(Amount probe, string description, params Dimension[] kinds)
    {
        try
        {
            JsonInput.Expect(probe, description, kinds);
        }
        catch (InputException ex) when (ex.InnerException is QuantityException)
        {
            throw new BulkValueException(BulkLayout.Unit, probe.Measurement.Unit.Symbol,
                $"a unit of {description} (got {probe.Measurement.Unit.Kind})", InputError.Quantity, ex.InnerException);
        }
    }

    private static void Empty(string column, string value, string expected)
    {
        if (value.Length > 0)
        {
            throw new BulkValueException(column, value, expected);
        }
    }

    private static string? Region(string region, bool required)
    {
        if (region.Length == 0)
        {
            return required
                ? throw new BulkValueException(BulkLayout.Region, null, "a region code for an electricity row: a grid region (CN-North …), a province (CN-BJ …), CN, GB or US", InputError.Missing)
                : null;
        }

        return Checked(BulkLayout.Region, () => InventoryReader.Region(region, BulkLayout.Region));
    }

    // The JSON reader's checks, their errors re-aimed at the column.
    private static string Checked(string column, Func<string?> read)
    {
        try
        {
            return read()!;
        }
        catch (InputException ex)
        {
            throw new BulkValueException(column, ex.Value, ex.Expected, ex.Error, ex.InnerException, ex.Reason);
        }
    }

    /// <summary>One column's text in the last row, kept to compare the next row's with.</summary>
    private sealed class LastValue
    {
        private char[] _text = new char[64];
        private int _length;

        public bool Is(ReadOnlySpan<char> value) => value.SequenceEqual(_text.AsSpan(0, _length));

        public void Set(ReadOnlySpan<char> value)
        {
            if (value.Length > _text.Length)
            {
                _text = new char[value.Length];
            }

            value.CopyTo(_text);
            _length = value.Length;
        }
    }
}
