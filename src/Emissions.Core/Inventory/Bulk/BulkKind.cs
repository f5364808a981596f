namespace Emissions.Inventory.Bulk;

/// <summary>Which list of the calculate request a bulk row adds to.</summary>
internal enum BulkKind
{
    Electricity,
    Heat,
    Fuel,
}
