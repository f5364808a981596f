using System.Text.Json.Nodes;
using Emissions.Contract.Calculations;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Emissions.Api.OpenApi;

/// <summary>
/// Lists the <c>trace</c> query parameter on the operations that read it (<see cref="TraceQueryMetadata"/>): the handler
/// reads the query itself, so that a bad value is a problem naming the field, and the generator cannot see it.
/// </summary>
public sealed class TraceQueryOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<TraceQueryMetadata>().LastOrDefault() is not { } trace)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "trace",
            In = ParameterLocation.Query,
            Required = false,
            Description = trace.Description,
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. TraceDetails.Names.Select(name => (JsonNode)JsonValue.Create(name))],
            },
        });
        return Task.CompletedTask;
    }
}
