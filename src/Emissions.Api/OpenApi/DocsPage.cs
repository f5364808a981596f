namespace Emissions.Api.OpenApi;

/// <summary>
/// The Swagger UI at /docs, its middleware built on the first request that may be for it. Swagger UI's middleware
/// matches every GET against three regular expressions built from its route prefix (case-insensitive, so the first
/// GET of any path, /healthz included, paid for building them) and reads its assembly's attributes when first
/// constructed; a request whose path cannot be under the prefix now skips it. Paths that can (every path starting
/// with "/doc", case-insensitively, a superset of what its expressions and its file provider match) go through the
/// same middleware, configured as before, so /docs answers byte for byte as it did.
/// </summary>
internal static class DocsPage
{
    public const string RoutePrefix = "docs";

    public static IApplicationBuilder UseDocsPage(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(next =>
        {
            var swaggerUi = new Lazy<RequestDelegate>(() =>
            {
                var branch = app.New();
                branch.UseSwaggerUI(ui =>
                {
                    ui.RoutePrefix = RoutePrefix;
                    ui.SwaggerEndpoint("/openapi/v1.json", "Emissions v1");
                    ui.DocumentTitle = "Emissions API";
                });
                branch.Run(next);
                return branch.Build();
            });
            return context => MayBeDocs(context.Request.Path) ? swaggerUi.Value(context) : next(context);
        });
    }

    // Deliberately wider than the prefix's segment ("/docsindex.html" matches Swagger UI's own expressions): any
    // path it could answer goes to it.
    private static bool MayBeDocs(PathString path) =>
        path.Value is { } value && value.StartsWith("/doc", StringComparison.OrdinalIgnoreCase);
}
