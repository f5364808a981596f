using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>The fuel lines that share fuel, region and unit, their summed amount, and the energy and CO2 of that sum.</summary>
internal sealed class FuelGroup(string fuel, string? region, Unit unit, FuelCalculator.Recipe recipe)
{
    private readonly List<FuelInput> _lines = [];
    private decimal _amount;

    public string Fuel { get; } = fuel;

    public string? Region { get; } = region;

    public FuelCalculator.Recipe Recipe { get; } = recipe;

    /// <summary>The lines, in input order.</summary>
    public IReadOnlyList<FuelInput> Lines => _lines;

    /// <summary>Σ of the lines' amounts, as written in their common unit.</summary>
    public Measurement Amount => new(_amount, unit);

    public Quantity Energy { get; private set; }

    public Quantity Co2e { get; private set; }

    public IReadOnlyList<TraceFactor> Factors { get; private set; } = [];

    public string Formula { get; private set; } = "";

    public void Add(FuelInput line)
    {
        _amount = Arithmetic.Add(_amount, line.Amount.Measurement.Value);
        _lines.Add(line);
    }

    public void Settle(Quantity co2e, IReadOnlyList<TraceFactor> factors, string formula)
    {
        Energy = Recipe.Energy(Amount);
        Co2e = co2e;
        Factors = factors;
        Formula = formula;
    }
}
