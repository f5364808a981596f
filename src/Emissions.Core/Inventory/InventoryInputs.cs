namespace Emissions.Inventory;

public sealed record FuelInput(string Fuel, Amount Amount, string? Site, string Path, string? Region = null);

public sealed record ElectricityInput(Amount Amount, string Region, Amount? Renewable, string? Site, string Path);

public sealed record HeatInput(Amount Amount, string? Site, string Path);

public sealed record RefrigerantInput(string Gas, Amount Released, string Path);

public sealed record WasteInput(string Category, Amount Amount, string Path);

public sealed record WaterInput(Amount? Withdrawal, Amount? Discharge);

public sealed record DataCenterInput(
    string Id,
    Amount Facility,
    Amount It,
    Amount? Cooling,
    Amount? PowerLoss,
    Amount? Water,
    Amount? Renewable,
    Amount? Reused,
    string? Region,
    string Path,
    bool PurchasedElectricity = true);

public sealed record OverrideInput(string Factor, Amount Value, string Path);

/// <summary>Whether headcount is the year-end figure (the HKEX habit) or an average over the year.</summary>
public enum HeadcountBasis
{
    YearEnd,
    Average,
}
