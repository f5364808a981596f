using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Emissions.Api.Problems;

/// <summary>Builds RFC 9457 documents: type, title, status, detail, instance, and field/value/expected/location when known.</summary>
public static class ProblemResults
{
    private const int MaxValueLength = 200;

    public static ProblemHttpResult From(ApiProblem problem, HttpContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return TypedResults.Problem(ToDetails(problem, context));
    }

    /// <summary>404 naming the path parameter that found nothing (another organisation's data is "nothing" too).</summary>
    public static ProblemHttpResult NotFound(string detail, HttpContext? context, string field, string value) =>
        From(new ApiProblem(ProblemKinds.NotFound, detail, field, value, "an existing resource of your organisation", "path"), context);

    public static ProblemDetails ToDetails(ApiProblem problem, HttpContext? context)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var details = new ProblemDetails
        {
            Type = problem.Kind.Type,
            Title = problem.Kind.Title,
            Status = problem.Kind.Status,
            Detail = problem.Detail,
            Instance = context?.Request.Path.Value,
        };
        if (problem.Field is not null)
        {
            details.Extensions["field"] = problem.Field;
            details.Extensions["location"] = problem.Location;
        }

        if (problem.Value is not null)
        {
            details.Extensions["value"] = problem.Value.Length > MaxValueLength ? problem.Value[..MaxValueLength] + "…" : problem.Value;
        }

        if (problem.Expected is not null)
        {
            details.Extensions["expected"] = problem.Expected;
        }

        foreach (var (key, value) in problem.Extensions)
        {
            // Extension members are written as their run-time types, which the service's JSON context must know (ADR
            // 0020): a list of strings of whatever kind (a collection expression's, a List's) is written as the array
            // it is.
            details.Extensions[key] = value is IEnumerable<string> strings and not string[] ? strings.ToArray() : value;
        }

        AddTraceId(details, context);
        return details;
    }

    public static void AddTraceId(ProblemDetails details, HttpContext? context)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (RequestId(context) is { } traceId)
        {
            details.Extensions["traceId"] = traceId;
        }
    }

    /// <summary>
    /// The request's id as the caller sees it: the X-Request-Id the answer carries and the RequestId of the log lines
    /// (CONTRACT "Operations": one id finds the request in the logs). The W3C activity id is only a fallback outside a
    /// request, since a proxy's X-Request-Id never becomes an activity's.
    /// </summary>
    public static string? RequestId(HttpContext? context) => context?.TraceIdentifier ?? Activity.Current?.Id;
}
