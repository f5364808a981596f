using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Emissions.Api.OpenApi;

/// <summary>Describes the service and its API-key scheme (Authorization: Bearer or X-Api-Key).</summary>
public sealed class ApiKeyDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "Emissions",
            Version = "v1",
            Description = "Compute and cross-check published environmental figures. Errors are RFC 9457 problem documents "
                + "whose `type` is https://emissions.dev/problems/<kind>, with `field` (a JSON path), `value` and `expected`.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "A key from `emissions keys create --org ORG --role submitter|auditor|admin` (or Authorization: Bearer <key>).",
        };
        return Task.CompletedTask;
    }
}
