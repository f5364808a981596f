namespace Emissions.Inventory;

/// <summary>Which of its optional amounts a data center gives.</summary>
[Flags]
internal enum DataCenterParts
{
    None = 0,
    Cooling = 1,
    PowerLoss = 2,
    Renewable = 4,
    Reused = 8,
    Water = 16,
}
