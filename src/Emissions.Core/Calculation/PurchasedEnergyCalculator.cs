using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>Purchased electricity and heat: scope 2 location-based and market-based.</summary>
internal static class PurchasedEnergyCalculator
{
    public sealed record Scope2(Quantity Location, Quantity? Market, Inventory.Inventory Inventory, IReadOnlyList<TraceFactor> LocationFactors, IReadOnlyList<TraceFactor> MarketFactors, IReadOnlyList<string> Notes)
    {
        /// <summary>Every electricity line (and its renewable part, when market-based is computed), then every heat line.</summary>
        public TraceInput[] Inputs()
        {
            var inputs = new List<TraceInput>(Inventory.Electricity.Count + Inventory.Heat.Count);
            foreach (var line in Inventory.Electricity)
            {
                inputs.Add(TraceInputs.Of(line.Amount));
                if (Market is not null && line.Renewable is not null)
                {
                    inputs.Add(TraceInputs.Of(line.Renewable));
                }
            }

            foreach (var line in Inventory.Heat)
            {
                inputs.Add(TraceInputs.Of(line.Amount));
            }

            return [.. inputs];
        }
    }

    public static Scope2 Calculate(CalculationContext context)
    {
        var set = context.Resolver.FactorSet;
        var location = new Quantity(0m, Dimension.Co2eDim);
        Quantity? market = set.ElectricityResidualBasis is null ? null : new Quantity(0m, Dimension.Co2eDim);
        // Cached trace instances: a set by reference keeps one entry per factor without hashing their strings per line.
        var locationFactors = new HashSet<TraceFactor>(ReferenceEqualityComparer.Instance);
        var marketFactors = new HashSet<TraceFactor>(ReferenceEqualityComparer.Instance);
        var notes = new List<string>();
        // Lines summed per grid region, then multiplied by the region's factors once (ADR 0008).
        var regions = new Dictionary<string, RegionSum>(StringComparer.Ordinal);
        var order = new List<RegionSum>();
        var anyRenewable = false;
        foreach (var line in context.Inventory.Electricity)
        {
            if (!regions.TryGetValue(line.Region, out var sum))
            {
                // Resolved when the region is first met, so a region the set lacks names that line.
                var grid = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", line.Region, context.Year, set.ElectricityLocationBasis), $"{line.Path}.region");
                locationFactors.Add(context.Trace(grid));
                FactorResolution? residual = null;
                if (market is not null)
                {
                    // The residual mix is published for the country only (MEE "excluding market-traded non-fossil").
                    var country = Regions.NationalOf(line.Region) ?? line.Region;
                    residual = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", country, context.Year, set.ElectricityResidualBasis), $"{line.Path}.region");
                    marketFactors.Add(context.Trace(residual));
                }

                sum = new RegionSum(grid.Factor.Quantity, residual?.Factor.Quantity);
                regions[line.Region] = sum;
                order.Add(sum);
            }

            sum.Energy.Add(line.Amount.Measurement);
            if (line.Renewable is not null)
            {
                sum.Renewable.Add(line.Renewable.Measurement);
                anyRenewable = true;
            }
        }

        foreach (var sum in order)
        {
            var energy = sum.Energy.Total(Dimension.EnergyDim);
            location += energy * sum.Grid;
            if (market is { } m)
            {
                market = m + ((energy - sum.Renewable.Total(Dimension.EnergyDim)) * sum.Residual!.Value);
            }
        }

        if (market is not null && anyRenewable)
        {
            notes.Add("market-based: contracted renewable electricity at 0 tCO2/MWh, the rest at the residual factor (GHG Protocol Scope 2 Guidance)");
        }

        if (context.Inventory.Electricity.Count > 0 && set.ElectricityResidualBasis is null)
        {
            context.Warn($"ghg.scope2.market not computed: set '{set.Id}' has no residual-mix electricity factor");
        }

        var heatLines = context.Inventory.Heat;
        if (heatLines.Count > 0)
        {
            var heat = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "heat", context.Inventory.DefaultRegion, context.Year), heatLines[0].Path);
            var purchased = new AmountSum();
            foreach (var line in heatLines)
            {
                purchased.Add(line.Amount.Measurement);
            }

            var co2 = purchased.Total(Dimension.EnergyDim) * heat.Factor.Quantity;
            location += co2;
            if (market is { } m)
            {
                market = m + co2;
            }

            locationFactors.Add(context.Trace(heat));
            marketFactors.Add(context.Trace(heat));
        }

        return new Scope2(location, market, context.Inventory, [.. locationFactors], [.. marketFactors], notes);
    }

    /// <summary>The electricity and renewable energy of one grid region's lines, and the region's factors.</summary>
    private sealed class RegionSum(Quantity grid, Quantity? residual)
    {
        public Quantity Grid { get; } = grid;

        public Quantity? Residual { get; } = residual;

        public AmountSum Energy { get; } = new();

        public AmountSum Renewable { get; } = new();
    }
}
