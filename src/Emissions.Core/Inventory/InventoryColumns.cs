using Emissions.Inventory.Streaming;

namespace Emissions.Inventory;

/// <summary>
/// The amounts of an inventory's electricity, fuel and heat lines (<see cref="AmountColumn"/>) and data centers as columns: built by
/// <see cref="InventoryReader"/> with the lines, or by the calculation for an inventory built in code.
/// </summary>
internal sealed class InventoryColumns
{
    private readonly IReadOnlyList<ElectricityInput> _electricityLines;
    private readonly IReadOnlyList<FuelInput> _fuelLines;
    private readonly IReadOnlyList<HeatInput> _heatLines;
    private readonly IReadOnlyList<DataCenterInput> _dataCenters;

    private InventoryColumns(Inventory inventory)
    {
        _electricityLines = inventory.Electricity;
        _fuelLines = inventory.Fuels;
        _heatLines = inventory.Heat;
        _dataCenters = inventory.DataCenters;
        if (inventory.Electricity is ElectricityColumns electricity)
        {
            // A streamed list's columns as they are: no record made per line.
            Electricity = AmountColumn.Of(electricity.Count, electricity.Values, electricity.Units, electricity.Regions, null);
            Renewable = electricity.RenewableUnits is { } renewableUnits
                ? AmountColumn.Of(electricity.Count, electricity.RenewableValues!, renewableUnits, electricity.Regions, null)
                : AmountColumn.None(electricity.Count);
        }
        else
        {
            Electricity = AmountColumn.Of(inventory.Electricity, static e => e.Amount, static e => (e.Region, null));
            Renewable = AmountColumn.Of(inventory.Electricity, static e => e.Renewable, static e => (e.Region, null));
        }

        Fuels = inventory.Fuels is FuelColumns fuels
            ? AmountColumn.Of(fuels.Count, fuels.Values, fuels.Units, fuels.Fuels, fuels.Regions)
            : AmountColumn.Of(inventory.Fuels, static f => f.Amount, static f => (f.Fuel, f.Region));
        Heat = inventory.Heat is HeatColumns heat
            ? AmountColumn.Of(heat.Count, heat.Values, heat.Units, null, null)
            : AmountColumn.Of(inventory.Heat, static h => h.Amount, static _ => (null, null));
        DataCenters = DataCenterColumns.Of(inventory.DataCenters);
    }

    /// <summary>Electricity lines by grid region and unit.</summary>
    public AmountColumn Electricity { get; }

    /// <summary>The renewable parts of electricity lines by grid region and unit.</summary>
    public AmountColumn Renewable { get; }

    /// <summary>Fuel lines by fuel, region as written (null: the inventory's) and unit.</summary>
    public AmountColumn Fuels { get; }

    /// <summary>Heat lines by unit.</summary>
    public AmountColumn Heat { get; }

    /// <summary>The data centers' amounts in canonical units.</summary>
    public DataCenterColumns DataCenters { get; }

    public static InventoryColumns Build(Inventory inventory) => new(inventory);

    /// <summary>The columns the reader built for these lists, or new ones (an inventory built in code, or copied with other lines).</summary>
    public static InventoryColumns Of(Inventory inventory) =>
        inventory.Columns is { } columns && columns.Describes(inventory) ? columns : new InventoryColumns(inventory);

    private bool Describes(Inventory inventory) =>
        ReferenceEquals(_electricityLines, inventory.Electricity) && ReferenceEquals(_fuelLines, inventory.Fuels) && ReferenceEquals(_heatLines, inventory.Heat)
        && ReferenceEquals(_dataCenters, inventory.DataCenters);
}
