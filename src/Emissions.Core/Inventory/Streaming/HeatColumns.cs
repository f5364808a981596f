namespace Emissions.Inventory.Streaming;

/// <summary>A streamed heat list as columns (<see cref="LineColumns{T}"/>): amount and site.</summary>
internal sealed class HeatColumns : LineColumns<HeatInput>
{
    private HeatColumns(string list, Builder lines)
        : base(list, lines.Count, lines.Finish(out var sites, out var units), units, sites, lines.Kept)
    {
    }

    private protected override HeatInput Make(int line) => new(MadeAmount(line), Sites?[line], LinePath.Of(List, line));

    /// <summary>The columns as they are read.</summary>
    internal sealed class Builder : ColumnBuilder<HeatInput>
    {
        public void Keep(HeatInput line) => Keep(line, line.Amount.Measurement, line.Site);

        public HeatColumns Build(string list) => new(list, this);
    }
}
