namespace Emissions.Inventory.Streaming;

/// <summary>A streamed fuel list as columns (<see cref="LineColumns{T}"/>): fuel, amount, site, region as written.</summary>
internal sealed class FuelColumns : LineColumns<FuelInput>
{
    private FuelColumns(string list, Builder lines)
        : base(list, lines.Count, lines.Columns(out var sites, out var units), units, sites, lines.Kept)
    {
        Fuels = lines.Column(ref lines.FuelColumn);
        Regions = lines.RegionColumn;
    }

    /// <summary>Each line's fuel (the shared instance of its code).</summary>
    public string[] Fuels { get; }

    /// <summary>Each line's region (null: the inventory's), or null when no line names one.</summary>
    public string?[]? Regions { get; }

    private protected override FuelInput Make(int line) => new(Fuels[line], MadeAmount(line), Sites?[line], LinePath.Of(List, line), Regions?[line]);

    /// <summary>The columns as they are read.</summary>
    internal sealed class Builder : ColumnBuilder<FuelInput>
    {
        internal string[]? FuelColumn;
        internal string?[]? RegionColumn;

        public void Add(string fuel, Quantities.Measurement amount, string? site, string? region) => Columns(Add(amount, site), fuel, region);

        public FuelColumns Build(string list) => new(list, this);

        protected override void Fill(int line, FuelInput record)
        {
            Set(line, record.Amount.Measurement, record.Site);
            Columns(line, record.Fuel, record.Region);
        }

        protected override void Grow(int length)
        {
            Grow(ref FuelColumn, length);
            Grow(ref RegionColumn, length);
        }

        private void Columns(int line, string fuel, string? region)
        {
            Column(ref FuelColumn)[line] = fuel;
            if (region is not null)
            {
                Column(ref RegionColumn)[line] = region;
            }
        }
    }
}
