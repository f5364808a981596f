using System.Globalization;
using System.Text;
using Emissions.Quantities;

namespace Emissions.Factors;

// What a miss says: the query, what the set does have for the carrier, and the nearest spellings.
public sealed partial class FactorResolver
{
    /// <summary>
    /// A query no factor answers: the reason names the query; the expectation lists what the set does have for the
    /// parameter and carrier (or which carriers it has the parameter for), and the fallbacks it allows.
    /// </summary>
    private FactorResolutionException Miss(FactorQuery query, int? year, string? basis, List<Factor> sameCarrier)
    {
        var set = FactorSet;
        var parameter = query.Parameter.ToWire();
        var asked = Describe(query, year, basis);
        var reason = $"no {parameter} for {asked} in set {set.Id}";
        var sb = new StringBuilder();
        if (sameCarrier.Count == 0)
        {
            var carriers = set.Factors
                .Where(f => f.Parameter == query.Parameter)
                .Select(f => f.Applicability.Carrier ?? "(no carrier)")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            sb.Append(carriers.Count == 0
                ? $"a set with {parameter} factors (set {set.Id} has none)"
                : $"a carrier set {set.Id} has {parameter} for: {string.Join(", ", carriers)}");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"one of what set {set.Id} has for {parameter}/{query.Carrier ?? "(no carrier)"}: ");
            sb.Append(string.Join("; ", sameCarrier.Select(f => $"{f.Id} ({Describe(f)})")));
        }

        sb.Append(CultureInfo.InvariantCulture,
            $" (fallbacks in {set.Id}: region → national {Allowed(set.Fallbacks.RegionToNational)}, earlier data year {Allowed(set.Fallbacks.EarlierDataYear)}");
        if (year is not null && year != set.ReportingYear)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; the set is for reporting year {set.ReportingYear}");
        }

        sb.Append(')');
        return new FactorResolutionException(asked, reason, sb.ToString());

        static string Allowed(bool allowed) => allowed ? "allowed" : "not allowed";
    }

    private static string Describe(FactorQuery query, int? year, string? basis)
    {
        var parts = new List<string>
        {
            $"carrier {query.Carrier ?? "(none)"}",
            $"region {query.Region ?? Regions.Global}",
            year is null ? "any year" : $"year {year}",
            $"basis {basis ?? "(none)"}",
        };
        if (query.Gas is not null)
        {
            parts.Add($"gas {query.Gas}");
        }

        return string.Join(", ", parts);
    }

    private static string Describe(Factor factor)
    {
        var parts = new List<string> { $"region {factor.Applicability.Region}", YearText(factor) };
        if (factor.Basis is not null)
        {
            parts.Add($"basis {factor.Basis}");
        }

        if (factor.Gas is not null)
        {
            parts.Add($"gas {factor.Gas}");
        }

        if (factor.GwpBasis is not null)
        {
            parts.Add(factor.GwpBasis);
        }

        return string.Join(", ", parts);
    }

    private static string YearText(Factor factor)
    {
        var a = factor.Applicability;
        if (a.DataYear is { } dataYear)
        {
            return $"data year {dataYear}";
        }

        if (a.ReportingYearFrom is { } from && a.ReportingYearTo is { } to)
        {
            return from == to ? $"reporting year {from}" : $"reporting years {from}–{to}";
        }

        return "any year";
    }

    /// <summary>As printed: trailing zeros kept ("0.5810 tCO2/MWh").</summary>
    private static string Text(Measurement measurement) =>
        measurement.Unit is null || measurement.Unit.Symbol.Length == 0
            ? Number(measurement.Value)
            : $"{Number(measurement.Value)} {measurement.Unit.Symbol}";

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>" (nearest: A, B)" for the known texts close to <paramref name="text"/>, closest first (at most five), or nothing when none is.</summary>
    private static string Closest(string text, IEnumerable<string> known)
    {
        var near = Near(text, known);
        return near.Count == 0 ? "" : $" (nearest: {string.Join(", ", near)})";
    }

    private static List<string> Near(string text, IEnumerable<string> known) =>
        known
            .Where(k => k.Contains(text, StringComparison.OrdinalIgnoreCase) || text.Contains(k, StringComparison.OrdinalIgnoreCase) ||
                        EditDistance.Between(k, text) <= Math.Max(2, text.Length / 4))
            .OrderBy(k => EditDistance.Between(k, text))
            .ThenBy(k => k, StringComparer.Ordinal)
            .Take(5)
            .ToList();
}
