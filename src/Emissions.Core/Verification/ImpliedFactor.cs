using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// A factor the figures imply: the relation solved for the one factor no set resolves (or for a
/// factor used, when the relation is discrepant), exactly at face value and as a range over the
/// printed intervals, shown in the unit the library publishes such factors in.
/// </summary>
internal static class ImpliedFactor
{
    /// <summary>The factor's value (canonical) and range that make the relation hold; null unless it occurs once and the arithmetic succeeds.</summary>
    public static (Quantity Value, QuantityInterval Range)? Solve(
        Expr formula, Operand target, Operand[] slots, IReadOnlyDictionary<FactorReference, Quantity> factors, FactorReference unknown)
    {
        var shape = FormulaShape.Of(formula);
        if (shape.StepsFor(unknown) is not { } steps)
        {
            return null;
        }

        return Checking.RelationSolver.Rearrange(target, steps, slots, factors) is (var point, var range) && !range.IsEntire && !range.IsEmpty
            ? (point, range)
            : null;
    }

    /// <summary>The implied value in the display unit, with its range.</summary>
    public static ImpliedValue View(FactorReference factor, Quantity value, QuantityInterval? range, Unit unit)
    {
        var scale = unit.Scale;
        return new ImpliedValue(factor.ToString(), scale.FromCanonical(value.CanonicalValue), unit.Symbol,
            range is { Low: { } low } ? scale.FromCanonical(low) : null,
            range is { High: { } high } ? scale.FromCanonical(high) : null);
    }

    /// <summary>The unit of an implied factor with no library factor to borrow one from: the usual unit of that kind.</summary>
    public static Unit DisplayUnit(Dimension dimension)
    {
        if (dimension.IsDimensionless)
        {
            // A pure number (an average PUE) stays a pure number; GJ/MWh is dimensionless too but scaled.
            return Unit.Parse("");
        }

        foreach (var symbol in PreferredFactorUnits)
        {
            var unit = Unit.Parse(symbol);
            if (unit.Dimension == dimension)
            {
                return unit;
            }
        }

        return CanonicalUnit(dimension);
    }

    private static readonly string[] PreferredFactorUnits = ["kgCO2/(mu·day)", "kgCO2/kWh", "tCO2/t", "kgCO2/m³", "GJ/t", "kJ/m³", "GJ/MWh", "L/kWh"];

    private static Unit CanonicalUnit(Dimension dimension)
    {
        // Build the canonical unit from the base units so the value needs no conversion.
        var unit = Unit.Parse("");
        (string Symbol, sbyte Power)[] bases =
        [
            ("kWh", dimension.Energy), ("kg", dimension.Mass), ("kgCO2e", dimension.Co2e), ("kgC", dimension.Carbon),
            ("m", dimension.Length), ("s", dimension.Time), ("person", dimension.Person),
        ];
        foreach (var (symbol, power) in bases.Where(b => b.Power != 0))
        {
            unit = unit * Unit.Parse(symbol).Pow(power);
        }

        return unit;
    }
}
