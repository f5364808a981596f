using Swashbuckle.AspNetCore.SwaggerUI;

namespace Emissions.Api.Hosting;

/// <summary>
/// The API documentation page (Swagger UI under <c>/{prefix}</c>) built by the first request for it instead of at start.
/// <c>UseSwaggerUI</c> in the pipeline resolves its options through a DI scope, activates its middleware by reflection and
/// indexes its embedded files while the host starts; after that every GET or HEAD request (GET /healthz, the pages)
/// ran the middleware's path regular expressions before going on. Swashbuckle answers only paths under its route
/// prefix (the redirect from <c>/{prefix}</c>, <c>/{prefix}/index.html</c> and the files below it): every other
/// request goes straight to the next middleware, as the middleware itself would send it, and the first request under
/// the prefix builds the same middleware with the same options (bench/startup/RESULTS.md, 2026-12-07 servicestart6).
/// </summary>
public static class DocsOnFirstUse
{
    public static IApplicationBuilder UseSwaggerUIOnFirstUse(this IApplicationBuilder app, string routePrefix, Action<SwaggerUIOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentException.ThrowIfNullOrEmpty(routePrefix);
        ArgumentNullException.ThrowIfNull(configure);
        return app.Use(next =>
        {
            var docs = new Lazy<RequestDelegate>(() =>
            {
                var branch = app.New();
                branch.UseSwaggerUI(ui =>
                {
                    ui.RoutePrefix = routePrefix;
                    configure(ui);
                });
                branch.Run(next);
                return branch.Build();
            });
            return context => MayServe(context.Request.Path.Value, routePrefix) ? docs.Value(context) : next(context);
        });
    }

    /// <summary>
    /// Whether <paramref name="path"/> can be one Swagger UI answers: it begins, after at most one '/', with the route
    /// prefix in any case (its own matching is case-insensitive and takes the prefix with or without a leading '/').
    /// A superset of what it serves: a path that passes is still the middleware's to answer or pass on.
    /// </summary>
    public static bool MayServe(string? path, string routePrefix)
    {
        ArgumentNullException.ThrowIfNull(routePrefix);
        var rest = path.AsSpan();
        if (rest.StartsWith("/", StringComparison.Ordinal))
        {
            rest = rest[1..];
        }

        return rest.StartsWith(routePrefix.AsSpan().TrimStart('/'), StringComparison.OrdinalIgnoreCase);
    }
}
