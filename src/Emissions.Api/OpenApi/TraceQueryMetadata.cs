namespace Emissions.Api.OpenApi;

/// <summary>Endpoint metadata: the endpoint reads <c>?trace=none|summary|full</c> (CONTRACT "Traces"), shown as a query parameter in /openapi/v1.json.</summary>
public sealed record TraceQueryMetadata(string Description);
