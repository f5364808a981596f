namespace Emissions.Quantities;

/// <summary>CO2e per unit of energy (tCO2/MWh, kgCO2e/kWh, lbCO2/kWh), stored as kg CO2e per kWh.</summary>
public readonly record struct EmissionFactor
{
    private static readonly Dimension Kind = Dimension.Co2eDim / Dimension.EnergyDim;

    private EmissionFactor(Quantity value) => Value = value;

    /// <summary>The factor as a run-time <see cref="Quantity"/> in kg CO2e per kWh (numerically the same as t per MWh).</summary>
    public Quantity Value { get; }

    /// <summary>Reads a factor as printed: "0.5306 tCO2/MWh", "0.233 kgCO2e/kWh", "1.2 lbCO2/kWh".</summary>
    /// <param name="text">The printed factor with its unit.</param>
    /// <exception cref="QuantityException">The text is not a number and a unit, or the unit is not CO2e per energy (code <c>wrong-kind</c>).</exception>
    public static EmissionFactor Parse(string text) => FromQuantity(Measurement.Parse(text, Kind).Quantity);

    /// <summary>Makes a factor from a value and a CO2e-per-energy unit given as text, converted exactly.</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>.</param>
    /// <param name="unit">A CO2e-per-energy unit ("tCO2/MWh", "kgCO2e/kWh").</param>
    /// <exception cref="QuantityException">The unit is unknown, or not CO2e per energy (code <c>wrong-kind</c>).</exception>
    public static EmissionFactor From(decimal value, string unit) => FromQuantity(Quantity.From(value, unit));

    /// <summary>Makes a factor from tonnes of CO2 per MWh, the way grid factors are published (China's 2023 national grid: 0.5306).</summary>
    /// <param name="value">The factor in tCO2/MWh.</param>
    public static EmissionFactor FromTonnesCo2PerMegawattHour(decimal value) => From(value, "tCO2/MWh");

    /// <summary>Reads a run-time <see cref="Quantity"/> as a factor.</summary>
    /// <param name="quantity">A quantity of CO2e per energy.</param>
    /// <exception cref="QuantityException">The quantity is of another kind (code <c>wrong-kind</c>, naming it).</exception>
    public static EmissionFactor FromQuantity(Quantity quantity) => quantity.Dimension == Kind
        ? new EmissionFactor(quantity)
        : throw new QuantityException(QuantityError.WrongKind, $"the value is {quantity.Kind}, not EmissionFactor (Co2e/Energy)", "an emission factor: CO2e per energy, e.g. 0.5366 tCO2e/MWh");

    /// <summary>The factor in a CO2e-per-energy unit given as text, by one exact ratio of the units (tCO2/MWh and kgCO2/kWh give the same number).</summary>
    /// <param name="unit">A CO2e-per-energy unit.</param>
    /// <exception cref="QuantityException">The unit is unknown or of another kind (code <c>wrong-kind</c>).</exception>
    public decimal As(string unit) => Value.As(unit);

    /// <summary>The factor in tCO2/MWh with every digit of the exact value, e.g. "0.5306 tCO2/MWh".</summary>
    public override string ToString() => $"{DecimalText.Exact(As("tCO2/MWh"))} tCO2/MWh";
}
