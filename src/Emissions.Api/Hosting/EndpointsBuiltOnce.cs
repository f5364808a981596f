using Microsoft.Extensions.Primitives;

namespace Emissions.Api.Hosting;

/// <summary>
/// Every endpoint built once instead of twice. The endpoints mapped with <c>Map*</c> live in data sources that build
/// them afresh each time they are asked (<c>RouteEndpointDataSource</c> runs the request-delegate factory, the
/// conventions and reads the handler's attributes on every read of <c>Endpoints</c>), and two readers ask at start:
/// the authorization middleware's policy cache (through the service provider's <see cref="EndpointDataSource"/>, in the
/// middleware's constructor) and routing's own composite data source (for its matcher, on the first request). In the
/// Native AOT executable the two builds were 8.6 M and 5.5 M instructions, much of it the runtime looking up attribute
/// types from metadata (bench/startup/RESULTS.md, 2026-12-07 servicestart7; ADR 0036). Each top-level data
/// source is replaced by one that builds its endpoints the first time they are read and hands the same instances to
/// every reader after that: the same endpoints, metadata and request delegates as before, built once.
/// </summary>
public static class EndpointsBuiltOnce
{
    /// <summary>Call after the last <c>Map*</c> and before the host starts (the readers above take the data sources then).</summary>
    public static void BuildEndpointsOnce(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var sources = endpoints.DataSources;
        var once = sources.Select(source => source as OnceDataSource ?? new OnceDataSource(source)).ToList();
        sources.Clear();
        foreach (var source in once)
        {
            sources.Add(source);
        }
    }

    /// <summary>A data source's endpoints built by the first reader and kept until the source's change token says they
    /// changed (the mapped sources never do: <c>NullChangeToken</c>, or a composite of those for a group).</summary>
    private sealed class OnceDataSource(EndpointDataSource inner) : EndpointDataSource
    {
        private Built? _built;

        public override IReadOnlyList<Endpoint> Endpoints
        {
            get
            {
                var built = Volatile.Read(ref _built);
                if (built is null || built.Token.HasChanged)
                {
                    // The token first, as CompositeEndpointDataSource takes it: a change during the build is seen next time.
                    var token = inner.GetChangeToken();
                    built = new Built(token, inner.Endpoints);
                    Volatile.Write(ref _built, built);
                }

                return built.Endpoints;
            }
        }

        public override IChangeToken GetChangeToken() => inner.GetChangeToken();

        public override IReadOnlyList<Endpoint> GetGroupedEndpoints(RouteGroupContext context) => inner.GetGroupedEndpoints(context);

        private sealed record Built(IChangeToken Token, IReadOnlyList<Endpoint> Endpoints);
    }
}
