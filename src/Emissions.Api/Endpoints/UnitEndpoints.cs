using System.Globalization;
using Emissions.Quantities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Emissions.Api.Endpoints;

/// <summary>GET /v1/units: every accepted unit symbol (case-sensitive, English and Chinese) with its kind and size in canonical units.</summary>
public static class UnitEndpoints
{
    private static readonly Lazy<UnitList> Units = new(() => new UnitList(
        [.. UnitCatalog.Symbols
            .Where(pair => pair.Key.Length > 0)
            .OrderBy(pair => pair.Value.Kind, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value.Scale.Factor)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new UnitInfo(pair.Key, pair.Value.Name, pair.Value.Kind, pair.Value.Scale.Factor.ToString(CultureInfo.InvariantCulture)))]));

    public static IEndpointRouteBuilder MapUnits(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/units", Get)
            .WithName("ListUnits")
            .WithTags("Units")
            .WithSummary("Unit symbols accepted on the wire")
            .AllowAnonymous();
        return app;
    }

    public static Ok<UnitList> Get() => TypedResults.Ok(Units.Value);
}

/// <summary>One symbol: its name, quantity kind and how many canonical units one of it is (kWh, kg, kg CO2e, m, s, person, 1 currency unit).</summary>
public sealed record UnitInfo(string Symbol, string Name, string Kind, string CanonicalFactor);

public sealed record UnitList(IReadOnlyList<UnitInfo> Units);
