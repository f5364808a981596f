using Emissions.Api.Problems;
using Emissions.Quantities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Emissions.Api.Endpoints;

/// <summary>
/// GET /v1/units: every accepted unit spelling (case-sensitive, English and Chinese, as reports print them; white
/// space is ignored, so "metric tons CO2e" is listed as "metrictonsCO2e") with its name, kind, the canonical unit of
/// that kind and its exact scale in it; the scale words (万, 亿, thousand, million …) that may stand before any
/// symbol; and the spellings refused as ambiguous, with their readings. The list is Core's
/// (<see cref="UnitListing"/>), the one `emissions units` prints; `?kind=` keeps one kind's spellings as its `--kind`
/// does, and an unknown kind is refused rather than ignored, so a misspelt filter never reads as "every unit".
/// </summary>
public static class UnitEndpoints
{
    public static IEndpointRouteBuilder MapUnits(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/units", Get)
            .WithName("ListUnits")
            .WithTags("Units")
            .WithSummary("Unit symbols accepted on the wire, and scale words")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    internal static Ok<UnitList> Get(string? kind) =>
        TypedResults.Ok(kind is null
            ? UnitListing.All
            : UnitListing.OfKind(kind) ?? throw ApiProblemException.Query(
                "kind", $"'{kind}' is not a unit kind", kind, $"one of {UnitListing.ExpectedKinds()} (case ignored; Money is every currency)"));
}
