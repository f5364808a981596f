using Emissions.Api.Problems;

namespace Emissions.Api.Workbench;

/// <summary>
/// A page's POST must carry a form (multipart or URL-encoded): anything else is 415, and a form body that cannot be read
/// (a broken multipart boundary, a section over the limits) is 400 (a body over Limits:MaxBodyBytes stays 413) — a page or a problem document, never a 500 from the
/// form reader. The form is read here once; the handlers' own ReadFormAsync gets it from the request's cache.
/// </summary>
internal sealed class PageFormFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method))
        {
            if (!request.HasFormContentType)
            {
                throw new ApiProblemException(new ApiProblem(ProblemKinds.UnsupportedMediaType,
                    $"this page takes a form, not '{request.ContentType ?? "a body without Content-Type"}'", "Content-Type", request.ContentType,
                    "multipart/form-data or application/x-www-form-urlencoded (the page's own form); the JSON API is under /v1", "header"));
            }

            try
            {
                await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException and not BadHttpRequestException && !context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                throw new ApiProblemException(new ApiProblem(ProblemKinds.MalformedForm, "the form body cannot be read: " + ex.Message.TrimEnd('.'), "body", null,
                    "a form as a browser sends it", "body"), ex);
            }
        }

        return await next(context);
    }
}
