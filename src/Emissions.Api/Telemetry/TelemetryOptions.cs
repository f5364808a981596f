namespace Emissions.Api.Telemetry;

/// <summary>
/// Telemetry:* settings. Traces and metrics are exported over OTLP only when an endpoint is configured
/// (Telemetry:OtlpEndpoint, or the standard OTEL_EXPORTER_OTLP_ENDPOINT); otherwise nothing is registered.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The collector, e.g. http://localhost:4317 (gRPC) or http://localhost:4318 (with OtlpProtocol http/protobuf).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>grpc (default) or http/protobuf.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>service.name of the exported resource.</summary>
    public string ServiceName { get; set; } = "emissions-api";
}
