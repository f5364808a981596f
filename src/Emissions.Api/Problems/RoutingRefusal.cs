namespace Emissions.Api.Problems;

/// <summary>
/// Routing refuses a path no endpoint serves (404) or a method the endpoint does not serve (405) before any handler
/// runs; the problem names the part of the request at fault all the same, as a problem document or as a page.
/// </summary>
internal static class RoutingRefusal
{
    /// <summary>The problem for a bare <paramref name="status"/> routing answered; null for any other status.</summary>
    public static ApiProblem? Describe(int status, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        return status switch
        {
            StatusCodes.Status404NotFound => new ApiProblem(ProblemKinds.NotFound, $"no route serves {request.Path}",
                "path", request.Path.ToString(), "a route listed in /openapi/v1.json", "path"),
            StatusCodes.Status405MethodNotAllowed => new ApiProblem(ProblemKinds.MethodNotAllowed, $"the route does not serve {request.Method} {request.Path}",
                "method", request.Method, context.Response.Headers.Allow is { Count: > 0 } allow ? "one of " + allow.ToString() : "a method the route serves", "method"),
            _ => null,
        };
    }
}
