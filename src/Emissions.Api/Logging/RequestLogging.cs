using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.Logging.Console;

namespace Emissions.Api.Logging;

/// <summary>
/// Logging:Format: "simple" (default, the readable console) or "json": one JSON object per line with UTC timestamps
/// and the scopes, so every line written during a request carries its RequestId (also sent back as X-Request-Id
/// and as traceId in problem documents) and one line per request records method, path, status and duration.
/// </summary>
public static class RequestLogging
{
    public const string RequestIdHeader = "X-Request-Id";

    public static bool IsJson(IConfiguration configuration) =>
        string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase);

    public static ILoggingBuilder AddEmissionsLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(logging);
        var format = configuration["Logging:Format"];
        if (format is not null && !IsJson(configuration) && !string.Equals(format, "simple", StringComparison.OrdinalIgnoreCase))
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException("Logging", typeof(ConsoleLoggerOptions),
                [$"Logging:Format is '{format}'; expected simple or json"]);
        }

        if (IsJson(configuration))
        {
            logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
            });
            logging.AddFilter("Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware", LogLevel.Information);
            logging.Services.AddHttpLogging(http =>
            {
                http.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
                http.CombineLogs = true;
            });
        }

        return logging;
    }

    /// <summary>X-Request-Id on every answer (a sane one sent by a proxy in front is kept), and the access log when JSON.</summary>
    public static IApplicationBuilder UseEmissionsRequestLogging(this IApplicationBuilder app, IConfiguration configuration)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Headers[RequestIdHeader] is [{ Length: > 0 and <= 128 } sent] && sent.All(c => c is > ' ' and < '\u007f'))
            {
                context.TraceIdentifier = sent;
            }

            context.Response.Headers[RequestIdHeader] = context.TraceIdentifier;
            return next(context);
        });
        if (IsJson(configuration))
        {
            app.UseHttpLogging();
        }

        return app;
    }
}
