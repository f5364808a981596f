namespace Emissions.Factors;

// The fallbacks a set allows, in order of preference: which basis, which regions and which data years are tried.
public sealed partial class FactorResolver
{
    private (string? Basis, string? Note) ChooseBasis(FactorQuery query, List<Factor> pool)
    {
        if (query.Basis is not null || pool.Count == 0 || pool.Any(f => f.Basis is null))
        {
            return (query.Basis, null);
        }

        var set = FactorSet;
        if (query.Parameter == FactorParameter.EmissionFactor && query.Carrier == Carriers.Electricity)
        {
            return (set.ElectricityLocationBasis, $"basis {set.ElectricityLocationBasis} is the set's location-based electricity basis");
        }

        if (query.Carrier == Carriers.NaturalGas && set.NaturalGasRow is not null && pool.Any(f => f.Basis == set.NaturalGasRow))
        {
            return (set.NaturalGasRow, $"basis {set.NaturalGasRow} is the set's natural-gas row");
        }

        if (query.Parameter == FactorParameter.Gwp && pool.Any(f => f.Basis == set.Ch4Convention))
        {
            return (set.Ch4Convention, $"basis {set.Ch4Convention} is the set's CH4 convention");
        }

        return (null, null);
    }

    private List<(string Region, bool National)> RegionChain(string? region)
    {
        if (region is null || region == Regions.Global)
        {
            return [(Regions.Global, false)];
        }

        var chain = new List<(string, bool)> { (region, false) };
        if (FactorSet.Fallbacks.RegionToNational && Regions.NationalOf(region) is { } national)
        {
            chain.Add((national, true));
        }

        chain.Add((Regions.Global, false));
        return chain;
    }

    private IEnumerable<YearStep> YearSteps(int? year)
    {
        yield return new YearStep(YearStepKind.Exact, candidates => ExactYear(candidates, year));
        if (year is not { } y)
        {
            yield break;
        }

        if (FactorSet.Fallbacks.EarlierDataYear)
        {
            yield return new YearStep(YearStepKind.EarlierYear, candidates => Nearest(candidates, f => YearOf(f) < y, latest: true));
        }

        if (y == FactorSet.ReportingYear)
        {
            yield return new YearStep(YearStepKind.SetDataYear, candidates =>
            {
                var earlier = Nearest(candidates, f => YearOf(f) < y, latest: true);
                return earlier.Count > 0 ? earlier : Nearest(candidates, f => YearOf(f) > y, latest: false);
            });
        }
    }

    private static List<Factor> ExactYear(List<Factor> candidates, int? year)
    {
        var yearless = candidates.Where(f => YearOf(f) is null).ToList();
        if (year is not { } y)
        {
            return yearless.Count > 0 ? yearless : candidates;
        }

        var specific = candidates.Where(f =>
            f.Applicability.DataYear == y ||
            (f.Applicability.ReportingYearFrom <= y && y <= f.Applicability.ReportingYearTo)).ToList();
        return specific.Count > 0 ? specific : yearless;
    }

    private static List<Factor> Nearest(List<Factor> candidates, Func<Factor, bool> side, bool latest)
    {
        var dated = candidates.Where(f => YearOf(f) is not null && side(f)).ToList();
        if (dated.Count == 0)
        {
            return dated;
        }

        var best = latest ? dated.Max(f => YearOf(f)!.Value) : dated.Min(f => YearOf(f)!.Value);
        return [.. dated.Where(f => YearOf(f) == best)];
    }

    /// <summary>The year a factor describes: its data year, else the last reporting year it is prescribed for.</summary>
    private static int? YearOf(Factor factor) => factor.Applicability.DataYear ?? factor.Applicability.ReportingYearTo;

    private enum YearStepKind
    {
        Exact,
        EarlierYear,
        SetDataYear,
    }

    private sealed record YearStep(YearStepKind Kind, Func<List<Factor>, List<Factor>> Pick);
}
