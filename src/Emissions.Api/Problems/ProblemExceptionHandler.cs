using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Problems;

/// <summary>The one place where exceptions become responses: mapped types keep their status; anything else is a logged 500 without internals.</summary>
public sealed partial class ProblemExceptionHandler(IOptions<ProblemMappingOptions> mappings, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var problem = mappings.Value.TryMap(exception, httpContext.Request);
        if (problem is null)
        {
            LogUnexpected(logger, exception, httpContext.Request.Path);
            problem = new ApiProblem(ProblemKinds.Internal, "The service failed; the error is logged with the trace id.");
        }
        else if (problem.Kind.Status >= 500)
        {
            LogServerProblem(logger, exception, problem.Kind.Slug, httpContext.Request.Path);
        }

        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        // The exception handler cleared the answer's headers, X-Request-Id with them: every answer carries it (CONTRACT).
        httpContext.Response.Headers[Logging.RequestLogging.RequestIdHeader] = httpContext.TraceIdentifier;
        if (Workbench.PageNegotiation.IsPage(httpContext) && Workbench.PageNegotiation.WantsHtml(httpContext.Request))
        {
            // A page route answers a browser with a page saying what to fix; any other client gets the problem document.
            await Results.Content(Workbench.ErrorPage.Render(problem, httpContext.TraceIdentifier), "text/html; charset=utf-8", System.Text.Encoding.UTF8, problem.Kind.Status)
                .ExecuteAsync(httpContext);
            return true;
        }

        await ProblemResults.From(problem, httpContext).ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, PathString path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} on {Path}")]
    private static partial void LogServerProblem(ILogger logger, Exception exception, string kind, PathString path);
}
