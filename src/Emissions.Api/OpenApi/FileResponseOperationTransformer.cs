using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Emissions.Api.OpenApi;

/// <summary>
/// A response declared with a media type and no body type (the activity workbook) is bytes: the generator would
/// list it with no content at all, so a client generated from the document would not know to read a file. Each such
/// media type gets the schema of a file, <c>{"type": "string", "format": "binary"}</c>.
/// </summary>
public sealed class FileResponseOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var produced in context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>())
        {
            if ((produced.Type is not null && produced.Type != typeof(void)) || !produced.ContentTypes.Any()
                || operation.Responses?.GetValueOrDefault(produced.StatusCode.ToString(CultureInfo.InvariantCulture)) is not OpenApiResponse response)
            {
                continue;
            }

            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var mediaType in produced.ContentTypes)
            {
                response.Content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
            }
        }

        return Task.CompletedTask;
    }
}
