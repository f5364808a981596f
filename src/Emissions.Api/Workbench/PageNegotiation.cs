using Microsoft.Net.Http.Headers;

namespace Emissions.Api.Workbench;

/// <summary>
/// Who a page route is answering: a browser (its Accept names text/html at least as high as JSON) gets a page, every
/// other client (curl's */*, a script asking for JSON) an RFC 9457 problem document, never HTML it cannot read.
/// </summary>
internal static class PageNegotiation
{
    public static bool WantsHtml(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double html = 0, json = 0;
        foreach (var type in accepted)
        {
            var quality = type.Quality ?? 1d;
            if (type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, quality);
            }
            else if (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
        }

        return html > 0 && html >= json;
    }

    /// <summary>Whether the request was routed to a workbench page (its failures are pages for browsers).</summary>
    /// <remarks>The exception handler clears the endpoint before it runs; the endpoint that failed is in its feature.</remarks>
    public static bool IsPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.GetEndpoint() ?? context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint;
        return endpoint?.Metadata.GetMetadata<WorkbenchPageMetadata>() is not null;
    }
}

/// <summary>Marks the endpoints that are pages, not API routes.</summary>
internal sealed class WorkbenchPageMetadata
{
    public static readonly WorkbenchPageMetadata Instance = new();
}
