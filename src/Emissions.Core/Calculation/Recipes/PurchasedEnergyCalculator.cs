using Emissions.Diagnostics;
using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Calculation.Recipes;

/// <summary>Purchased electricity and heat: scope 2 location-based and market-based (<c>ghg.scope2</c>, <c>ghg.scope2.market</c>).</summary>
internal static class PurchasedEnergyCalculator
{
    public sealed record Scope2(Quantity Location, Quantity? Market, Inventory.Inventory Inventory, IReadOnlyList<TraceFactor> LocationFactors, IReadOnlyList<TraceFactor> MarketFactors, IReadOnlyList<string> Notes)
    {
        private IReadOnlyList<TraceInput>? _inputs;

        /// <summary>
        /// Every electricity line (and its renewable part, when market-based is computed), then every heat line:
        /// built once and shared by the location- and market-based traces, which list the same inputs. Without
        /// renewable parts to interleave, the inventory's lists themselves (<see cref="LineInputs"/>), not copies.
        /// </summary>
        public IReadOnlyList<TraceInput> Inputs()
        {
            if (_inputs is { } built)
            {
                return built;
            }

            var renewables = 0;
            if (Market is not null && Inventory.Electricity is Inventory.Streaming.ElectricityColumns columns)
            {
                // Counted as the columns were read, not by making every line's record.
                renewables = columns.Renewables;
            }
            else if (Market is not null)
            {
                foreach (var line in Inventory.Electricity)
                {
                    renewables += line.Renewable is null ? 0 : 1;
                }
            }

            // Two threads rendering at once may both build it; they build equal lists.
            _inputs = renewables == 0
                ? JoinedInputs.Of(LineInputs.Of(Inventory.Electricity, "amount", static e => e.Amount), LineInputs.Of(Inventory.Heat, "amount", static h => h.Amount))
                : Interleaved(renewables);
            return _inputs;
        }

        private TraceInput[] Interleaved(int renewables)
        {
            var inputs = new TraceInput[Inventory.Electricity.Count + renewables + Inventory.Heat.Count];
            var at = 0;
            foreach (var line in Inventory.Electricity)
            {
                inputs[at++] = TraceInputs.Of(line.Amount);
                if (line.Renewable is not null)
                {
                    inputs[at++] = TraceInputs.Of(line.Renewable);
                }
            }

            foreach (var line in Inventory.Heat)
            {
                inputs[at++] = TraceInputs.Of(line.Amount);
            }

            return inputs;
        }
    }

    public static Scope2 Calculate(CalculationContext context, PurchasedEnergySums sums)
    {
        var set = context.Resolver.FactorSet;
        var location = new Quantity(0m, Dimension.Co2eDim);
        Quantity? market = set.ElectricityResidualBasis is null ? null : new Quantity(0m, Dimension.Co2eDim);
        // Cached trace instances: a set by reference keeps one entry per factor without hashing their strings.
        var locationFactors = new HashSet<TraceFactor>(ReferenceEqualityComparer.Instance);
        var marketFactors = new HashSet<TraceFactor>(ReferenceEqualityComparer.Instance);
        var notes = new List<string>();
        // Each region's summed lines times its factors (ADR 0008), resolved in order of the regions' first lines.
        foreach (var region in sums.Regions)
        {
            var line = region.First;
            var grid = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", line.Region, context.Year, set.ElectricityLocationBasis), QueryOrigin.OwnRegion(line.Path, line.Region));
            locationFactors.Add(context.Trace(grid));
            location += region.Energy * grid.Factor.Quantity;
            if (market is { } m)
            {
                // The residual mix is published for the country only (MEE "excluding market-traded non-fossil").
                var country = Regions.NationalOf(line.Region) ?? line.Region;
                var residual = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", country, context.Year, set.ElectricityResidualBasis), QueryOrigin.OwnRegion(line.Path, line.Region));
                marketFactors.Add(context.Trace(residual));
                market = m + ((region.Energy - region.Renewable) * residual.Factor.Quantity);
            }
        }

        if (market is not null && sums.AnyRenewable)
        {
            notes.Add("market-based: contracted renewable electricity at 0 tCO2/MWh, the rest at the residual factor (GHG Protocol Scope 2 Guidance)");
        }

        if (context.Inventory.Electricity.Count > 0 && set.ElectricityResidualBasis is null)
        {
            context.Warn(new Warning(WarningCodes.MarketScope2NotComputed, WarningSeverity.Important, $"ghg.scope2.market not computed: set '{set.Id}' has no residual-mix electricity factor"));
        }

        if (sums.Heat is { } purchased)
        {
            var heat = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "heat", context.DefaultRegion, context.Year), QueryOrigin.Heat(context.Inventory, context.Inventory.Heat[0]));
            var co2 = purchased * heat.Factor.Quantity;
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
}
