namespace Emissions.Api.Problems;

/// <summary>
/// Routing refuses a path no endpoint serves (404), a method the endpoint does not serve (405) or a body of a media type
/// the endpoint does not read (415) before any handler runs; the problem names the part of the request at fault all the
/// same, as a problem document or as a page.
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
            StatusCodes.Status415UnsupportedMediaType => UnreadMediaType(context),
            _ => null,
        };
    }

    // The calculation and the check read CSV and workbooks as well as JSON: the problem lists what the route reads
    // (its Accepts metadata), so a CSV user is not sent to JSON alone.
    private static ApiProblem UnreadMediaType(HttpContext context)
    {
        var request = context.Request;
        var read = context.RequestServices.GetService<EndpointDataSource>() is { } source
            ? AcceptedMediaTypes.Of(source).For(request.Method, request.Path)
            : [];
        var expected = read.Count switch
        {
            0 => "application/json",
            1 => read[0],
            _ => $"{string.Join(", ", read.Take(read.Count - 1))} or {read[^1]}",
        };
        return new ApiProblem(ProblemKinds.UnsupportedMediaType, $"Content-Type '{request.ContentType}' is not {(read.Count > 1 ? "one of the media types" : "the media type")} {request.Method} {request.Path} reads",
            "Content-Type", request.ContentType ?? "", expected, "header");
    }
}
