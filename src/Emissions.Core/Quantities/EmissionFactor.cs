namespace Emissions.Quantities;

/// <summary>CO2e per unit of energy (tCO2/MWh, kgCO2e/kWh, lbCO2/kWh), stored as kg CO2e per kWh.</summary>
public readonly record struct EmissionFactor
{
    private static readonly Dimension Kind = Dimension.Co2eDim / Dimension.EnergyDim;

    private EmissionFactor(Quantity value) => Value = value;

    public Quantity Value { get; }

    public static EmissionFactor Parse(string text) => FromQuantity(Measurement.Parse(text, Kind).Quantity);

    public static EmissionFactor From(decimal value, string unit) => FromQuantity(Quantity.From(value, unit));

    public static EmissionFactor FromTonnesCo2PerMegawattHour(decimal value) => From(value, "tCO2/MWh");

    public static EmissionFactor FromQuantity(Quantity quantity) => quantity.Dimension == Kind
        ? new EmissionFactor(quantity)
        : throw new QuantityException(QuantityError.WrongKind, $"expected EmissionFactor (Co2e/Energy), got {quantity.Kind}");

    public decimal As(string unit) => Value.As(unit);

    public override string ToString() => $"{DecimalText.Exact(As("tCO2/MWh"))} tCO2/MWh";
}
