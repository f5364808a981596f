using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Emissions.Api.Contract;

/// <summary>
/// Publishes docs/schemas in the OpenAPI document (ADR 0014): each schema becomes a component (its $defs become
/// components named <c>Schema.def</c>), and the JSON request and answer of POST /v1/calculations and POST /v1/checks,
/// and every problem answer, refer to them. The answers are written by Core's writers (exact decimals as strings), so
/// their schema is the file, not one generated from a C# type.
/// </summary>
public sealed class ContractSchemaTransformer : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> ComponentNames = new(StringComparer.Ordinal)
    {
        [ContractSchemas.CalculationRequest] = "CalculationRequest",
        [ContractSchemas.CalculationAnswer] = "CalculationAnswer",
        [ContractSchemas.CheckRequest] = "CheckRequest",
        [ContractSchemas.CheckAnswer] = "CheckAnswer",
        [ContractSchemas.Problem] = "Problem",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (file, component) in ComponentNames)
        {
            var root = JsonNode.Parse(ContractSchemas.Text(file)!)!.AsObject();
            if (root["$defs"] is JsonObject defs)
            {
                root.Remove("$defs");
                foreach (var (name, definition) in defs.ToList())
                {
                    defs.Remove(name);
                    Add(document, $"{component}.{name}", Rewrite(definition!, component), file);
                }
            }

            root.Remove("$schema");
            root.Remove("$id");
            Add(document, component, Rewrite(root, component), file);
        }

        Use(document, "/v1/calculations", "CalculationRequest", "CalculationAnswer");
        Use(document, "/v1/checks", "CheckRequest", "CheckAnswer");
        foreach (var item in document.Paths.Values)
        {
            if (item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                if (operation.Responses is null)
                {
                    continue;
                }

                foreach (var response in operation.Responses.Where(r => r.Key[0] is '4' or '5').Select(r => r.Value))
                {
                    if (response.Content is null)
                    {
                        continue;
                    }

                    foreach (var media in response.Content.Where(c => c.Key.Contains("problem+json", StringComparison.Ordinal)).Select(c => c.Value))
                    {
                        media.Schema = new OpenApiSchemaReference("Problem", document);
                    }
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiDocument document, string name, JsonNode schema, string file)
    {
        var parsed = OpenApiModelFactory.Parse<OpenApiSchema>(schema.ToJsonString(), OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic, "json");
        if (parsed is null || diagnostic?.Errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"docs/schemas/{file}.schema.json: {name} cannot be published in OpenAPI: {string.Join("; ", diagnostic?.Errors.Select(e => e.Message) ?? [])}");
        }

        document.Components!.Schemas![name] = parsed;
    }

    private static void Use(OpenApiDocument document, string path, string request, string answer)
    {
        if (document.Paths.TryGetValue(path, out var item) && item.Operations?.TryGetValue(HttpMethod.Post, out var operation) == true)
        {
            if (operation.RequestBody?.Content is { } body && body.TryGetValue("application/json", out var requestMedia))
            {
                requestMedia.Schema = new OpenApiSchemaReference(request, document);
            }

            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
            {
                foreach (var (media, type) in content)
                {
                    type.Schema = media switch
                    {
                        "application/json" => new OpenApiSchemaReference(answer, document),
                        "text/csv" => new OpenApiSchema { Type = JsonSchemaType.String, Description = "One row per metric or check, header first (CONTRACT)." },
                        _ => new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                    };
                }
            }
        }
    }

    /// <summary>
    /// Local and cross-file $refs become component references; a $ref beside other keywords becomes an allOf member,
    /// which means the same in 2020-12 and survives readers that treat a $ref object as a bare reference.
    /// </summary>
    private static JsonNode Rewrite(JsonNode node, string component)
    {
        switch (node)
        {
            case JsonObject obj:
                var rewritten = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (key == "$ref" && value is JsonValue reference)
                    {
                        continue;
                    }

                    rewritten[key] = value is null ? null : Rewrite(value, component);
                }

                // A boolean subschema (`"source": true`: any value) has no OpenAPI object model: {} says the same.
                if (rewritten["properties"] is JsonObject properties)
                {
                    foreach (var name in properties.Where(p => p.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.True).Select(p => p.Key).ToList())
                    {
                        properties[name] = new JsonObject();
                    }
                }

                if (obj["$ref"] is JsonValue target)
                {
                    var pointer = Target(target.GetValue<string>(), component);
                    if (rewritten.Count == 0)
                    {
                        rewritten["$ref"] = pointer;
                    }
                    else
                    {
                        var allOf = rewritten["allOf"] as JsonArray ?? [];
                        rewritten.Remove("allOf");
                        allOf.Add((JsonNode)new JsonObject { ["$ref"] = pointer });
                        rewritten["allOf"] = allOf;
                    }
                }

                return rewritten;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => item is null ? null : Rewrite(item, component))]);
            default:
                return node.DeepClone();
        }
    }

    private static string Target(string reference, string component)
    {
        const string local = "#/$defs/";
        if (reference.StartsWith(local, StringComparison.Ordinal))
        {
            return $"#/components/schemas/{component}.{reference[local.Length..]}";
        }

        var file = reference.Split('#')[0].Replace(".schema.json", "", StringComparison.Ordinal);
        var other = ComponentNames.TryGetValue(file, out var name) ? name : throw new InvalidOperationException($"schema $ref '{reference}' names no contract schema");
        var fragment = reference.Contains('#', StringComparison.Ordinal) ? reference[(reference.IndexOf('#', StringComparison.Ordinal) + local.Length)..] : null;
        return fragment is null ? $"#/components/schemas/{other}" : $"#/components/schemas/{other}.{fragment}";
    }
}
