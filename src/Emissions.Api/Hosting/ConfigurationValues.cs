using Emissions.Api.Options;
using Emissions.Api.Telemetry;

namespace Emissions.Api.Hosting;

/// <summary>
/// Settings the configuration binder cannot convert (<c>Limits__MaxBodyBytes=abc</c>) would otherwise fail where an option
/// is first read — inside Kestrel's start or the first request — as an unhandled exception with a stack trace and exit
/// code 134. Binding every setting the service reads once, before the host is built, gives them the one-line
/// "cannot start" every other configuration error gets.
/// </summary>
internal static class ConfigurationValues
{
    /// <summary>The binder's reason for the first setting that does not convert, naming its key, value and type; null when all do.</summary>
    public static string? FirstUnconvertible(IConfiguration configuration)
    {
        try
        {
            configuration.Get<EmissionsOptions>();
            configuration.GetSection("Telemetry").Get<TelemetryOptions>();
            configuration.GetValue<double?>("Shutdown:TimeoutSeconds");
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // The binder names the key and the type; the converter's own message (the inner one) names the value.
            return ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}" : ex.Message;
        }
    }
}
