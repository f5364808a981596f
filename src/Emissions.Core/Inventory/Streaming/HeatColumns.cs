namespace Emissions.Inventory.Streaming;

/// <summary>A streamed heat list as columns (<see cref="LineColumns{T}"/>): amount and site.</summary>
internal sealed class HeatColumns : LineColumns<HeatInput>
{
    private HeatColumns(string list, Builder lines)
        : base(list, lines.Count, lines.Columns(out var sites, out var units), units, sites, lines.Kept)
    {
    }

    private protected override HeatInput Make(int line) => new(MadeAmount(line), Sites?[line], LinePath.Of(List, line));

    /// <summary>The columns as they are read.</summary>
    internal sealed class Builder : ColumnBuilder<HeatInput>
    {
        protected override void Fill(int line, HeatInput record) => Set(line, record.Amount.Measurement, record.Site);

        public HeatColumns Build(string list) => new(list, this);
    }
}
