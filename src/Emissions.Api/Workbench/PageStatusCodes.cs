using Emissions.Api.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Routing.Template;

namespace Emissions.Api.Workbench;

/// <summary>
/// A bare status code on a page's path (routing's 405 for a method the page does not serve, before any handler runs)
/// answers a browser with the error page like every other page error; any other client, and every other path, gets
/// the problem document UseStatusCodePages writes by default.
/// </summary>
internal static class PageStatusCodes
{
    public static IServiceCollection AddPageStatusCodes(this IServiceCollection services)
    {
        services.AddSingleton<PagePaths>();
        services.Configure<StatusCodePagesOptions>(options =>
        {
            var problemDocument = options.HandleAsync;
            options.HandleAsync = async context =>
            {
                var http = context.HttpContext;
                if (!PageNegotiation.WantsHtml(http.Request)
                    || !(PageNegotiation.IsPage(http) || http.RequestServices.GetRequiredService<PagePaths>().Serves(http.Request.Path)))
                {
                    await problemDocument(context);
                    return;
                }

                var status = http.Response.StatusCode;
                var kind = ProblemKinds.ForStatus(status);
                var problem = RoutingRefusal.Describe(status, http) ?? new ApiProblem(kind, kind.Title);
                await Results.Content(ErrorPage.Render(problem, http.TraceIdentifier), "text/html; charset=utf-8", System.Text.Encoding.UTF8, status).ExecuteAsync(http);
            };
        });
        return services;
    }

    /// <summary>The route patterns of the page endpoints, to know a path is a page's when routing chose no endpoint.</summary>
    private sealed class PagePaths(EndpointDataSource endpoints)
    {
        private readonly Lazy<TemplateMatcher[]> _matchers = new(() => [.. endpoints.Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<WorkbenchPageMetadata>() is not null)
            .Select(endpoint => new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), new RouteValueDictionary()))]);

        public bool Serves(PathString path) => _matchers.Value.Any(matcher => matcher.TryMatch(path, new RouteValueDictionary()));
    }
}
