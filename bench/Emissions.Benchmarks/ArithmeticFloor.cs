using Emissions.Factors;

namespace Emissions.Benchmarks;

/// <summary>
/// The arithmetic of <see cref="CalculationBenchmarks"/>' inventory as bare decimals in arrays: what a
/// calculation of the same figures cannot do without, so the cost of figures and traces can be read off
/// against it. Values are canonical (kWh, kg); factors are resolved once in <see cref="Of"/>.
/// </summary>
internal sealed class ArithmeticFloor
{
    private decimal[] _electricity = [];
    private int[] _region = [];
    private decimal[] _grid = [];
    private decimal[] _fuel = [];
    private int[] _fuelGroup = [];
    private decimal[] _fuelFactor = [];
    private decimal[] _heat = [];
    private decimal _heatFactor;
    private decimal[] _facility = [];
    private decimal[] _it = [];
    private decimal[] _cooling = [];
    private decimal[] _loss = [];
    private int[] _siteRegion = [];
    private decimal[] _siteFigures = [];

    public static ArithmeticFloor Of(Inventory.Inventory inventory, FactorResolver resolver)
    {
        var regions = inventory.Electricity.Select(e => e.Region).Concat(inventory.DataCenters.Select(d => d.Region!)).Distinct().ToList();
        var fuels = inventory.Fuels.Select(f => f.Fuel).Distinct().ToList();
        decimal Grid(string region) => resolver.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", region, 2022)).Factor.Quantity.CanonicalValue;
        decimal Fuel(string fuel)
        {
            var basis = fuel == "natural-gas" ? resolver.FactorSet.NaturalGasRow : null;
            var ncv = resolver.Resolve(new FactorQuery(FactorParameter.NetCalorificValue, fuel, "CN", Basis: basis)).Factor.Quantity.CanonicalValue;
            var carbon = resolver.Resolve(new FactorQuery(FactorParameter.CarbonContent, fuel, "CN")).Factor.Quantity.CanonicalValue;
            return ncv * carbon;
        }

        return new ArithmeticFloor
        {
            _electricity = [.. inventory.Electricity.Select(e => e.Amount.Quantity.CanonicalValue)],
            _region = [.. inventory.Electricity.Select(e => regions.IndexOf(e.Region))],
            _grid = [.. regions.Select(Grid)],
            _fuel = [.. inventory.Fuels.Select(f => f.Amount.Quantity.CanonicalValue)],
            _fuelGroup = [.. inventory.Fuels.Select(f => fuels.IndexOf(f.Fuel))],
            _fuelFactor = [.. fuels.Select(Fuel)],
            _heat = [.. inventory.Heat.Select(h => h.Amount.Quantity.CanonicalValue)],
            _heatFactor = resolver.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "heat", "CN", 2022)).Factor.Quantity.CanonicalValue,
            _facility = [.. inventory.DataCenters.Select(d => d.Facility.Quantity.CanonicalValue)],
            _it = [.. inventory.DataCenters.Select(d => d.It.Quantity.CanonicalValue)],
            _cooling = [.. inventory.DataCenters.Select(d => d.Cooling!.Quantity.CanonicalValue)],
            _loss = [.. inventory.DataCenters.Select(d => d.PowerLoss!.Quantity.CanonicalValue)],
            _siteRegion = [.. inventory.DataCenters.Select(d => regions.IndexOf(d.Region!))],
            _siteFigures = new decimal[inventory.DataCenters.Count * 7],
        };
    }

    public decimal Run()
    {
        Span<decimal> byRegion = stackalloc decimal[_grid.Length];
        Span<decimal> byFuel = stackalloc decimal[_fuelFactor.Length];
        for (var i = 0; i < _electricity.Length; i++)
        {
            byRegion[_region[i]] += _electricity[i];
        }

        for (var i = 0; i < _fuel.Length; i++)
        {
            byFuel[_fuelGroup[i]] += _fuel[i];
        }

        var heat = 0m;
        for (var i = 0; i < _heat.Length; i++)
        {
            heat += _heat[i];
        }

        var total = heat * _heatFactor;
        for (var r = 0; r < byRegion.Length; r++)
        {
            total += byRegion[r] * _grid[r];
        }

        for (var f = 0; f < byFuel.Length; f++)
        {
            total += byFuel[f] * _fuelFactor[f] * 44m / 12m;
        }

        // Per site: other load, PUE, CLF, PLF, OLF, emissions, CUE; then the fleet sums and ratios.
        decimal facilities = 0m, its = 0m, ghgs = 0m;
        for (var s = 0; s < _facility.Length; s++)
        {
            var at = s * 7;
            var it = _it[s];
            var other = _facility[s] - it - _cooling[s] - _loss[s];
            _siteFigures[at] = other;
            _siteFigures[at + 1] = _facility[s] / it;
            _siteFigures[at + 2] = _cooling[s] / it;
            _siteFigures[at + 3] = _loss[s] / it;
            _siteFigures[at + 4] = other / it;
            var ghg = _facility[s] * _grid[_siteRegion[s]];
            _siteFigures[at + 5] = ghg;
            _siteFigures[at + 6] = ghg / it;
            facilities += _facility[s];
            its += it;
            ghgs += ghg;
        }

        return total + (facilities / its) + (ghgs / its);
    }
}
