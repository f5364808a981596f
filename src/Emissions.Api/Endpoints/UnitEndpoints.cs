using System.Globalization;
using Emissions.Quantities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Emissions.Api.Endpoints;

/// <summary>
/// GET /v1/units: every accepted unit symbol (case-sensitive, English and Chinese) with its name, kind,
/// the canonical unit of that kind and its exact scale in it; and the Chinese scale words (万, 亿 …)
/// that may stand before any symbol.
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
                pair.Value.Scale.Factor.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var scaleWords = UnitCatalog.ScalePrefixes
            .OrderBy(pair => pair.Value.Scale.Factor)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new ScaleWordInfo(pair.Key, pair.Value.Name, pair.Value.Scale.ToString()))
            .ToList();
        return new UnitList(units, scaleWords);
    }
}

/// <summary>
/// One symbol: its name, quantity kind, the canonical unit of the kind (kWh, kg, kgCO2e, m, h, person, one
/// currency unit) and how many canonical units one of it is — <see cref="CanonicalScale"/> exact
/// ("1/3600000" for J, "2000/3" for 亩), <see cref="CanonicalFactor"/> the same as a decimal.
/// </summary>
public sealed record UnitInfo(string Symbol, string Name, string Kind, string CanonicalUnit, string CanonicalScale, string CanonicalFactor);

/// <summary>A scale word written before a unit: 万 (10000), 亿 (100000000) …</summary>
public sealed record ScaleWordInfo(string Word, string Name, string Factor);

public sealed record UnitList(IReadOnlyList<UnitInfo> Units, IReadOnlyList<ScaleWordInfo> ScaleWords);
