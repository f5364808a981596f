namespace Emissions.Api.OpenApi;

/// <summary>Endpoint metadata: JSON texts shown as the request and success-response examples in /openapi/v1.json.</summary>
public sealed record ExampleMetadata(string? Request, string? Response);
