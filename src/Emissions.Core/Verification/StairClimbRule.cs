using System.Globalization;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// Avoided CO2 per floor climbed. A campaign that swaps lift rides for stairs avoids, per person
/// and floor, at most the lift electricity for that ride; the physical floor of that is the
/// potential energy m·g·h. The rule pairs a <c>ghg.avoided</c> figure with a count of floors
/// (a figure in 层/層/floors, or whose id or label names floors), derives the electricity each
/// person-floor would have to save at the stated grid factor and flags the claim when that is
/// more than <see cref="StairClimbAssumptions.Threshold"/> times the potential energy. Douyin 2022:
/// 13.6 t over 62,340 floors → 0.2182 kg per person-floor → 0.3755 kWh at 0.5810 kg/kWh, about
/// 490× the 0.000763 kWh of lifting 70 kg by 4 m.
/// </summary>
public sealed class StairClimbRule(StairClimbAssumptions? assumptions = null) : IPlausibilityRule
{
    /// <summary>The rule's name in flags.</summary>
    public const string Name = "avoided-co2-per-floor-climbed";

    private static readonly string[] FloorUnits = ["层", "層", "floor", "floors"];

    private static readonly string[] FloorWords = ["floor", "stair", "层", "層", "爬楼", "爬樓", "楼梯", "樓梯"];

    /// <summary>The body mass, storey height, grid factor and threshold the rule measures a claim against (<see cref="StairClimbAssumptions.Default"/> when none are given).</summary>
    public StairClimbAssumptions Assumptions { get; } = assumptions ?? StairClimbAssumptions.Default;

    /// <summary>Flags a claimed CO2 saving per floor climbed (<c>ghg.avoided</c> over floors) more than <see cref="StairClimbAssumptions.Threshold"/> times the CO2 of the electricity that lifting a person one storey takes at the grid factor.</summary>
    /// <param name="request">The figures as printed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public IEnumerable<PlausibilityFlag> Evaluate(CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var claims = request.Figures.Where(f => f.Metric == "ghg.avoided").ToList();
        if (claims.Count == 0)
        {
            // No claim to pair a floor count with: skip searching every label for floor words.
            yield break;
        }

        var floors = request.Figures.Where(IsFloorCount).ToList();
        foreach (var floor in floors)
        {
            var claim = Pair(floor, claims);
            if (claim is null || !MetricCatalog.TryFind("ghg.avoided", out var metric) || FigureKind.Of(claim.Printed, metric) is not { } kind)
            {
                continue;
            }

            var floorCount = floor.Printed.Quantity.CanonicalValue;
            if (floorCount <= 0m)
            {
                continue;
            }

            var co2Kg = claim.Printed.Quantity.CanonicalValue * kind.Factor;
            var a = Assumptions;
            var perFloorKg = co2Kg / floorCount;
            var electricityKWh = perFloorKg / a.GridFactorKgPerKWh;
            var potentialKWh = a.BodyMassKg * a.Gravity * a.FloorHeightM / 3_600_000m;
            var ratio = electricityKWh / potentialKWh;
            if (ratio <= a.Threshold)
            {
                continue;
            }

            var numbers = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["co2PerPersonFloor"] = $"{Display.Significant(perFloorKg, 4)} kg",
                ["electricityPerPersonFloor"] = $"{Display.Significant(electricityKWh, 4)} kWh",
                ["totalElectricity"] = $"{Display.Number(co2Kg / a.GridFactorKgPerKWh, 0)} kWh",
                ["potentialEnergyPerPersonFloor"] = $"{Display.Significant(potentialKWh, 3)} kWh",
                ["ratioToPotentialEnergy"] = Display.Number(ratio, 1),
            };
            var participants = Participants(request, floor, claim);
            if (participants is { } p && p > 0m)
            {
                numbers["co2PerParticipant"] = $"{Display.Significant(co2Kg / p, 3)} kg";
                numbers["floorsPerParticipant"] = Display.Significant(floorCount / p, 3);
            }

            var grid = a.GridFactorKgPerKWh.ToString(CultureInfo.InvariantCulture);
            yield return new PlausibilityFlag(
                Name,
                [claim.Key, floor.Key],
                $"{claim.Key}: {Display.Printed(claim.Printed.Value)} {claim.Printed.Unit.Symbol} avoided over {Display.Printed(floor.Printed.Value)} floors climbed is "
                + $"{Display.Significant(perFloorKg, 4)} kg CO2 per person-floor, i.e. {Display.Significant(electricityKWh, 4)} kWh of lift electricity at {grid} kgCO2/kWh: "
                + $"about {Display.Number(ratio, 0)}× the potential energy of lifting {a.BodyMassKg} kg by {a.FloorHeightM} m ({Display.Significant(potentialKWh, 3)} kWh). "
                + "Lift standby power and losses do not close a gap of this size; the claim is implausible unless its unit or method is other than it reads.",
                [
                    $"a person of {a.BodyMassKg} kg, {a.FloorHeightM} m per floor, g = {a.Gravity} m/s²",
                    $"avoided electricity valued at the grid factor {grid} kgCO2/kWh",
                    "the printed floor count counts each person-floor once (a total over all participants)",
                    $"flagged above {a.Threshold}× the potential energy (lift overheads)",
                ],
                numbers);
        }
    }

    private static bool IsFloorCount(ReportedFigure figure)
    {
        if (!figure.Printed.Dimension.IsDimensionless || figure.Metric is not null)
        {
            return false;
        }

        return FloorUnits.Contains(figure.Printed.Unit.Symbol, StringComparer.Ordinal)
            || (figure.Printed.Unit.Symbol.Length == 0 && MentionsFloors(figure));
    }

    private static bool MentionsFloors(ReportedFigure figure) =>
        FloorWords.Any(w => (figure.Id ?? "").Contains(w, StringComparison.OrdinalIgnoreCase) || (figure.Label ?? "").Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The claim that belongs with a floor count: the only one, or the one sharing an id prefix or a stair word in its label.</summary>
    private static ReportedFigure? Pair(ReportedFigure floor, List<ReportedFigure> claims)
    {
        if (claims.Count == 1)
        {
            return claims[0];
        }

        var prefix = Prefix(floor.Id);
        return claims.FirstOrDefault(c => prefix is not null && Prefix(c.Id) == prefix) ?? claims.FirstOrDefault(MentionsFloors);
    }

    private static string? Prefix(string? id) => id is null || !id.Contains('_', StringComparison.Ordinal) ? null : id[..id.IndexOf('_', StringComparison.Ordinal)];

    private static decimal? Participants(CheckRequest request, ReportedFigure floor, ReportedFigure claim)
    {
        var people = request.Figures.Where(f => f.Metric is null && f.Printed.Dimension == Dimension.PersonDim).ToList();
        var prefix = Prefix(floor.Id) ?? Prefix(claim.Id);
        var match = people.FirstOrDefault(p => prefix is not null && Prefix(p.Id) == prefix) ?? (people.Count == 1 ? people[0] : null);
        return match?.Printed.Quantity.CanonicalValue;
    }
}

/// <summary>The physics and grid factor behind <see cref="StairClimbRule"/>; every one is the auditor's assumption, stated in the flag.</summary>
public sealed record StairClimbAssumptions(decimal BodyMassKg, decimal FloorHeightM, decimal Gravity, decimal GridFactorKgPerKWh, decimal Threshold)
{
    /// <summary>70 kg, 4 m per floor, g = 9.81 m/s², China's national average grid factor 0.5810 kgCO2/kWh (MEE, 2022 reporting), flag above 10×.</summary>
    public static readonly StairClimbAssumptions Default = new(70m, 4m, 9.81m, 0.5810m, 10m);
}
