using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

// Operators only where physics allows: energy × factor → CO2e, energy / time → power, power × time → energy.
[SuppressMessage("Usage", "CA2225", Justification = "Quantity.Multiply/Divide are the named alternatives.")]
public readonly partial record struct Energy
{
    public static Co2e operator *(Energy energy, EmissionFactor factor) => Co2e.FromQuantity(energy.ToQuantity() * factor.Value);

    public static Power operator /(Energy energy, Duration duration) => Power.FromQuantity(energy.ToQuantity() / duration.ToQuantity());
}

[SuppressMessage("Usage", "CA2225", Justification = "Quantity.Multiply is the named alternative.")]
public readonly partial record struct Power
{
    public static Energy operator *(Power power, Duration duration) => Energy.FromQuantity(power.ToQuantity() * duration.ToQuantity());
}

[SuppressMessage("Usage", "CA2225", Justification = "Quantity.Divide is the named alternative.")]
public readonly partial record struct Co2e
{
    public static EmissionFactor operator /(Co2e co2e, Energy energy) => EmissionFactor.FromQuantity(co2e.ToQuantity() / energy.ToQuantity());

    /// <summary>Per-employee intensity (t/person) as a run-time quantity.</summary>
    public static Quantity operator /(Co2e co2e, Count persons) => co2e.ToQuantity() / persons.ToQuantity();
}
