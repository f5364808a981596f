using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace Emissions.Api.Problems;

/// <summary>
/// The media types each route reads (its Accepts metadata), for a 415's "expected": the routes' patterns are parsed
/// once per endpoint source, on the first refusal, not on every refused request.
/// </summary>
internal sealed class AcceptedMediaTypes
{
    // Keyed by the endpoint source, so each host (a test server, say) has its own; GetValue is thread-safe, and a
    // race at most builds the same table twice.
    private static readonly ConditionalWeakTable<EndpointDataSource, AcceptedMediaTypes> Tables = [];

    private readonly IReadOnlyList<Route> routes;

    private AcceptedMediaTypes(EndpointDataSource source)
    {
        // Only routes that declare what they read can add to an answer; their order is kept, so the list is the same.
        routes = [.. source.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Accepts: e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? []))
            .Where(r => r.Accepts.Count > 0 && r.Endpoint.RoutePattern.RawText is not null)
            .Select(r => new Route(
                new TemplateMatcher(TemplateParser.Parse(r.Endpoint.RoutePattern.RawText!), new RouteValueDictionary()),
                r.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [],
                r.Accepts))];
    }

    /// <summary>The table of <paramref name="source"/>'s routes, built on first use.</summary>
    public static AcceptedMediaTypes Of(EndpointDataSource source) => Tables.GetValue(source, s => new AcceptedMediaTypes(s));

    /// <summary>Every media type a route serving <paramref name="method"/> at <paramref name="path"/> reads, in route order, each once.</summary>
    public IReadOnlyList<string> For(string method, PathString path) =>
        [.. routes
            .Where(r => r.Methods.Contains(method, StringComparer.OrdinalIgnoreCase) && r.Matcher.TryMatch(path, new RouteValueDictionary()))
            .SelectMany(r => r.Accepts)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    private sealed record Route(TemplateMatcher Matcher, IReadOnlyList<string> Methods, IReadOnlyList<string> Accepts);
}
