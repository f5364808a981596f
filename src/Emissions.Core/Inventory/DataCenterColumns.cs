using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>
/// The data centers' amounts as columns of canonical values (kWh; m³ for water, a mass read at 1 t = 1 m³), each
/// checked for its kind once, and each site's grid region numbered: what the site loop reads instead of five
/// amount objects per site.
/// </summary>
internal sealed class DataCenterColumns
{
    private DataCenterColumns(int sites)
    {
        Facility = new decimal[sites];
        It = new decimal[sites];
        Cooling = new decimal[sites];
        PowerLoss = new decimal[sites];
        Renewable = new decimal[sites];
        Reused = new decimal[sites];
        Water = new decimal[sites];
        Parts = new DataCenterParts[sites];
        Region = new int[sites];
    }

    public decimal[] Facility { get; }

    public decimal[] It { get; }

    public decimal[] Cooling { get; }

    public decimal[] PowerLoss { get; }

    public decimal[] Renewable { get; }

    public decimal[] Reused { get; }

    public decimal[] Water { get; }

    public DataCenterParts[] Parts { get; }

    /// <summary>Each site's index in <see cref="Regions"/>, or −1 when it names no grid region.</summary>
    public int[] Region { get; }

    /// <summary>The grid regions the sites name, in order of the first site naming each.</summary>
    public IReadOnlyList<string> Regions { get; private init; } = [];

    /// <summary>Columns of <paramref name="sites"/>; an amount of the wrong kind (possible only in an inventory built in code) fails as the reader fails it.</summary>
    public static DataCenterColumns Of(IReadOnlyList<DataCenterInput> sites)
    {
        var regions = new List<string>();
        var columns = new DataCenterColumns(sites.Count) { Regions = regions };
        var regionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < sites.Count; s++)
        {
            var dc = sites[s];
            columns.Facility[s] = EnergyOf(dc.Facility);
            columns.It[s] = EnergyOf(dc.It);
            var parts = DataCenterParts.None;
            parts |= Optional(dc.Cooling, columns.Cooling, s, DataCenterParts.Cooling);
            parts |= Optional(dc.PowerLoss, columns.PowerLoss, s, DataCenterParts.PowerLoss);
            parts |= Optional(dc.Renewable, columns.Renewable, s, DataCenterParts.Renewable);
            parts |= Optional(dc.Reused, columns.Reused, s, DataCenterParts.Reused);
            if (dc.Water is not null)
            {
                columns.Water[s] = WaterDensity.AsVolume(dc.Water.Quantity, out _).CanonicalValue;
                parts |= DataCenterParts.Water;
            }

            columns.Parts[s] = parts;
            if (dc.Region is null)
            {
                columns.Region[s] = -1;
            }
            else
            {
                if (!regionIndex.TryGetValue(dc.Region, out var region))
                {
                    region = regions.Count;
                    regionIndex[dc.Region] = region;
                    regions.Add(dc.Region);
                }

                columns.Region[s] = region;
            }
        }

        return columns;
    }

    private static DataCenterParts Optional(Amount? amount, decimal[] column, int site, DataCenterParts part)
    {
        if (amount is null)
        {
            return DataCenterParts.None;
        }

        column[site] = EnergyOf(amount);
        return part;
    }

    private static decimal EnergyOf(Amount amount)
    {
        var quantity = amount.Quantity;
        if (quantity.Dimension != Dimension.EnergyDim)
        {
            JsonInput.Expect(amount, InventoryReader.DataCenterEnergy, Dimension.EnergyDim);
        }

        return quantity.CanonicalValue;
    }
}
