using System.Globalization;
using Emissions.Quantities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Emissions.Api.Endpoints;

/// <summary>
/// GET /v1/units: every accepted unit spelling (case-sensitive, English and Chinese, as reports print them; white
/// space is ignored, so "metric tons CO2e" is listed as "metrictonsCO2e") with its name, kind, the canonical unit of
/// that kind and its exact scale in it; the scale words (万, 亿, thousand, million …) that may stand before any
/// symbol; and the spellings refused as ambiguous, with their readings.
/// </summary>
public static class UnitEndpoints
{
    private static readonly Lazy<UnitList> Units = new(Build);

    public static IEndpointRouteBuilder MapUnits(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/units", Get)
            .WithName("ListUnits")
            .WithTags("Units")
            .WithSummary("Unit symbols accepted on the wire, and scale words")
            .AllowAnonymous();
        return app;
    }

    public static Ok<UnitList> Get() => TypedResults.Ok(Units.Value);

    private static UnitList Build()
    {
        // The canonical unit of a kind is the first symbol of scale 1 the catalogue lists (kWh, kg, m², m³, person …); the ratio's is "".
        var canonical = UnitCatalog.Symbols
            .Where(pair => pair.Value.Scale == UnitScale.One)
            .GroupBy(pair => pair.Value.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        var units = UnitCatalog.Symbols
            .Where(pair => pair.Key.Length > 0)
            .OrderBy(pair => pair.Value.Kind, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value.Scale.Factor)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new UnitInfo(
                pair.Key,
                pair.Value.Name,
                pair.Value.Kind,
                canonical.GetValueOrDefault(pair.Value.Kind, ""),
                pair.Value.Scale.ToString(),
                pair.Value.Scale.Factor.ToString(CultureInfo.InvariantCulture))
            {
                Caveat = pair.Value.Caveat,
                CalorificBasis = pair.Value.CalorificBasis == CalorificBasis.Unstated ? null : pair.Value.CalorificBasis.ToString().ToLowerInvariant(),
            })
            .ToList();
        var scaleWords = UnitCatalog.ScalePrefixes
            .OrderBy(pair => pair.Value.Scale.Factor)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new ScaleWordInfo(pair.Key, pair.Value.Name, pair.Value.Scale.ToString()))
            .ToList();
        var ambiguous = UnitCatalog.Ambiguous.Values
            .OrderBy(a => a.Symbol, StringComparer.Ordinal)
            .Select(a => new AmbiguousUnitInfo(a.Symbol, a.Readings, a.Choices))
            .ToList();
        return new UnitList(units, scaleWords, ambiguous);
    }
}

/// <summary>
/// One symbol: its name, quantity kind, the canonical unit of the kind (kWh, kg, kgCO2e, m, h, person, one
/// currency unit) and how many canonical units one of it is — <see cref="CanonicalScale"/> exact
/// ("1/3600000" for J, "2000/3" for 亩), <see cref="CanonicalFactor"/> the same as a decimal.
/// </summary>
public sealed record UnitInfo(string Symbol, string Name, string Kind, string CanonicalUnit, string CanonicalScale, string CanonicalFactor)
{
    /// <summary>For a spelling read by a documented default ("MT", "therm"): the warning that names the other reading.</summary>
    public string? Caveat { get; init; }

    /// <summary>"gross" or "net" for a fuel energy printed with its calorific basis ("kWh (Gross CV)").</summary>
    public string? CalorificBasis { get; init; }
}

/// <summary>A spelling refused because it has more than one reading ("tons", "gal"), with the readings to choose from.</summary>
public sealed record AmbiguousUnitInfo(string Symbol, string Readings, IReadOnlyList<string> Choices);

/// <summary>A scale word written before a unit: 万 (10000), 亿 (100000000) …</summary>
public sealed record ScaleWordInfo(string Word, string Name, string Factor);

public sealed record UnitList(IReadOnlyList<UnitInfo> Units, IReadOnlyList<ScaleWordInfo> ScaleWords, IReadOnlyList<AmbiguousUnitInfo> Ambiguous);
