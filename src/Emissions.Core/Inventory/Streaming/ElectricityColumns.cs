using Emissions.Quantities;

namespace Emissions.Inventory.Streaming;

/// <summary>A streamed electricity list as columns (<see cref="LineColumns{T}"/>): amount, grid region, renewable part, site.</summary>
internal sealed class ElectricityColumns : LineColumns<ElectricityInput>
{
    private ElectricityColumns(string list, Builder lines)
        : base(list, lines.Count, lines.Columns(out var sites, out var units), units, sites, lines.Kept)
    {
        Regions = lines.Column(ref lines.RegionColumn);
        RenewableValues = lines.RenewableValueColumn;
        RenewableUnits = lines.RenewableUnitColumn;

        Renewables = lines.Renewables;
    }

    /// <summary>Each line's grid region (the shared instance of its code).</summary>
    public string[] Regions { get; }

    /// <summary>Each line's renewable part's value, or null when no line has one.</summary>
    public decimal[]? RenewableValues { get; }

    /// <summary>Each line's renewable part's unit (null: none), or null when no line has one.</summary>
    public Unit?[]? RenewableUnits { get; }

    /// <summary>How many lines have a renewable part.</summary>
    public int Renewables { get; }

    /// <summary>The renewable part of line <paramref name="line"/> as written, if any.</summary>
    public Measurement? RenewableOf(int line) =>
        RenewableUnits?[line] is { } unit ? new Measurement(RenewableValues![line], unit) : null;

    private protected override ElectricityInput Make(int line) =>
        new(MadeAmount(line), Regions[line], RenewableOf(line) is { } renewable ? new Amount(renewable, LinePath.Of(List, line, "renewable")) : null,
            Sites?[line], LinePath.Of(List, line));

    /// <summary>The columns as they are read.</summary>
    internal sealed class Builder : ColumnBuilder<ElectricityInput>
    {
        internal string[]? RegionColumn;
        internal decimal[]? RenewableValueColumn;
        internal Unit?[]? RenewableUnitColumn;

        public int Renewables { get; private set; }

        public void Add(Measurement amount, string region, Measurement? renewable, string? site) => Columns(Add(amount, site), region, renewable);


        public ElectricityColumns Build(string list) => new(list, this);

        protected override void Fill(int line, ElectricityInput record)
        {
            Set(line, record.Amount.Measurement, record.Site);
            Columns(line, record.Region, record.Renewable?.Measurement);
        }

        protected override void Grow(int length)
        {
            Grow(ref RegionColumn, length);
            Grow(ref RenewableValueColumn, length);
            Grow(ref RenewableUnitColumn, length);
        }

        private void Columns(int line, string region, Measurement? renewable)
        {
            Column(ref RegionColumn)[line] = region;
            if (renewable is { } part)
            {
                Column(ref RenewableValueColumn)[line] = part.Value;
                Column(ref RenewableUnitColumn)[line] = part.Unit;
                Renewables++;
            }
        }
    }
}
