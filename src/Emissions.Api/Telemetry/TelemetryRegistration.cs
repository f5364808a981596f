using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Emissions.Api.Telemetry;

/// <summary>OpenTelemetry traces and metrics for requests, checks, calculations and the database, when an OTLP endpoint is configured.</summary>
public static class TelemetryRegistration
{
    public static IServiceCollection AddEmissionsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();
        var endpoint = options.OtlpEndpoint is { Length: > 0 } configured ? configured : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            // Off by default: no provider, no listener, so the spans and instruments above are never created.
            return services;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            throw Invalid($"Telemetry:OtlpEndpoint is '{endpoint}'; expected an absolute URI such as http://localhost:4317");
        }

        var protocol = options.OtlpProtocol.Trim().ToUpperInvariant() switch
        {
            "GRPC" or "" => OtlpExportProtocol.Grpc,
            "HTTP/PROTOBUF" or "HTTP" => OtlpExportProtocol.HttpProtobuf,
            _ => throw Invalid($"Telemetry:OtlpProtocol is '{options.OtlpProtocol}'; expected grpc or http/protobuf"),
        };

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddSource(EmissionsTelemetry.Name, Emissions.Storage.StoreTelemetry.Name, "Npgsql"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(EmissionsTelemetry.Name, "Npgsql"))
            .UseOtlpExporter(protocol, uri);
        return services;
    }

    private static OptionsValidationException Invalid(string message) => new("Telemetry", typeof(TelemetryOptions), [message]);
}
