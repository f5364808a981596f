using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation.Recipes;

/// <summary>The fuel lines that share fuel, region and unit, their summed amount, and the energy and CO2 of that sum.</summary>
internal sealed class FuelGroup(string fuel, string? region, Unit unit, FuelInput first, FuelCalculator.Recipe recipe)
{
    private decimal _amount;

    public string Fuel { get; } = fuel;

    public string? Region { get; } = region;

    public FuelCalculator.Recipe Recipe { get; } = recipe;

    /// <summary>The first line: factors are resolved for it, and a missing or mismatched factor names it.</summary>
    public FuelInput First { get; } = first;

    /// <summary>Σ of the lines' amounts, as written in their common unit.</summary>
    public Measurement Amount => new(_amount, Unit);

    /// <summary>The unit the group's lines are written in.</summary>
    public Unit Unit { get; } = unit;

    public Quantity Energy { get; private set; }

    public Quantity Co2e { get; private set; }

    public IReadOnlyList<TraceFactor> Factors { get; private set; } = [];

    public string Formula { get; private set; } = "";

    public void Settle(decimal amount, Quantity co2e, IReadOnlyList<TraceFactor> factors, string formula)
    {
        _amount = amount;
        Energy = Recipe.Energy(Amount);
        Co2e = co2e;
        Factors = factors;
        Formula = formula;
    }
}
