using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Emissions.Api.OpenApi;

/// <summary>Puts <see cref="ExampleMetadata"/> into the operation's request body and 200/201 response.</summary>
public sealed class ExampleOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var examples = context.Description.ActionDescriptor.EndpointMetadata.OfType<ExampleMetadata>().LastOrDefault();
        if (examples is null)
        {
            return Task.CompletedTask;
        }

        if (examples.Request is not null && operation.RequestBody?.Content is { } requestContent
            && requestContent.TryGetValue("application/json", out var requestMedia))
        {
            requestMedia.Example = JsonNode.Parse(examples.Request);
        }

        if (examples.Response is not null && operation.Responses is { } responses)
        {
            foreach (var status in new[] { "200", "201" })
            {
                if (responses.TryGetValue(status, out var response) && response.Content is { } content
                    && content.TryGetValue("application/json", out var media))
                {
                    media.Example = JsonNode.Parse(examples.Response);
                }
            }
        }

        return Task.CompletedTask;
    }
}
