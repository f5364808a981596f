using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

// Operators only where physics allows: energy × factor → CO2e, energy / time → power, power × time → energy.
[SuppressMessage("Usage", "CA2225", Justification = "Quantity.Multiply/Divide are the named alternatives.")]
public readonly partial record struct Energy
{
    /// <summary>The emissions of an energy at a factor: 13,543.8512 MWh × 0.5306 tCO2/MWh is exactly 7,186.36744672 tCO2e.</summary>
    /// <param name="energy">The energy consumed.</param>
    /// <param name="factor">The emission factor per unit of energy.</param>
    /// <exception cref="QuantityException">The product overflows.</exception>
    public static Co2e operator *(Energy energy, EmissionFactor factor) => Co2e.FromQuantity(energy.ToQuantity() * factor.Value);

    /// <summary>The average power over a duration: 8,760 MWh over 8,760 h is 1 MW.</summary>
    /// <param name="energy">The energy delivered.</param>
    /// <param name="duration">The time it took.</param>
    /// <exception cref="QuantityException"><paramref name="duration"/> is zero (code <c>division-by-zero</c>) or the quotient overflows.</exception>
    public static Power operator /(Energy energy, Duration duration) => Power.FromQuantity(energy.ToQuantity() / duration.ToQuantity());
}

[SuppressMessage("Usage", "CA2225", Justification = "Quantity.Multiply is the named alternative.")]
public readonly partial record struct Power
{
    /// <summary>The energy of a constant power over a duration: 1 kW for 1 h is exactly 1 kWh.</summary>
    /// <param name="power">The power.</param>
    /// <param name="duration">The duration.</param>
    /// <exception cref="QuantityException">The product overflows.</exception>
    public static Energy operator *(Power power, Duration duration) => Energy.FromQuantity(power.ToQuantity() * duration.ToQuantity());
}

[SuppressMessage("Usage", "CA2225", Justification = "Quantity.Divide is the named alternative.")]
public readonly partial record struct Co2e
{
    /// <summary>The emission factor implied by emissions and the energy that caused them (an implied grid factor, to compare with a published one).</summary>
    /// <param name="co2e">The emissions.</param>
    /// <param name="energy">The energy.</param>
    /// <exception cref="QuantityException"><paramref name="energy"/> is zero (code <c>division-by-zero</c>) or the quotient overflows.</exception>
    public static EmissionFactor operator /(Co2e co2e, Energy energy) => EmissionFactor.FromQuantity(co2e.ToQuantity() / energy.ToQuantity());

    /// <summary>Per-employee intensity (t/person) as a run-time quantity.</summary>
    public static Quantity operator /(Co2e co2e, Count persons) => co2e.ToQuantity() / persons.ToQuantity();
}
