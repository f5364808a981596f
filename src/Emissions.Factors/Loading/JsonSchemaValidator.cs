using System.Text.Json;
using Json.Schema;

namespace Emissions.Factors.Loading;

/// <summary>
/// Validates JSON documents against a JSON Schema (draft 2020-12) with JsonSchema.Net (ADR 0016, superseding 0003):
/// the library decides which keyword fails where; this class only words each failure the way the loader and the
/// service print errors — the JSON path (<c>$.factors[3].unit</c>), the value found and what was expected — and
/// orders them as they occur in the document. The same class validates factor files at load and, in the tests,
/// every request and answer example against the contract's schemas (docs/schemas).
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly EvaluationOptions FlagOutput = new() { OutputFormat = OutputFormat.Flag };
    private static readonly EvaluationOptions TreeOutput = new() { OutputFormat = OutputFormat.Hierarchical };

    private readonly JsonSchema _schema;

    /// <summary>The validating library and its version, part of a validation snapshot's key: another version may judge a file differently.</summary>
    public static string Engine => typeof(JsonSchema).Assembly.FullName ?? "JsonSchema.Net";
    private readonly JsonElement _text;

    /// <summary>Builds a validator; a schema the library cannot build (a <c>$ref</c> that resolves nowhere …) is refused here, before any document is checked.</summary>
    /// <param name="schema">The schema document.</param>
    public JsonSchemaValidator(JsonElement schema)
        : this(schema, [])
    {
    }

    /// <summary>Builds a validator whose schema may <c>$ref</c> the <paramref name="companions"/> by their <c>$id</c> (docs/schemas: a check's inputs are a calculation request).</summary>
    /// <param name="schema">The schema document.</param>
    /// <param name="companions">Schemas with an <c>$id</c> that <paramref name="schema"/> refers to.</param>
    public JsonSchemaValidator(JsonElement schema, IEnumerable<JsonElement> companions)
    {
        ArgumentNullException.ThrowIfNull(companions);
        JsonSchemaLibrary.EnsureInitialized(); // the build options below take the library's default dialect
        _text = schema.Clone();

        // Each validator has its own registry: two schemas may share an $id (a test's and a shipped one) without colliding.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        try
        {
            foreach (var companion in companions)
            {
                JsonSchema.Build(companion.Clone(), options);
            }

            _schema = JsonSchema.Build(_text, options);
            ProbeReferences();
        }
        catch (Exception ex) when (ex is JsonSchemaException or RefResolutionException or JsonException or ArgumentException)
        {
            throw new InvalidOperationException($"the schema cannot be used: {ex.Message}", ex);
        }
    }

    /// <summary>Builds a validator from schema text.</summary>
    /// <param name="schemaJson">The schema as JSON text.</param>
    public static JsonSchemaValidator Parse(string schemaJson)
    {
        using var document = JsonDocument.Parse(schemaJson);
        return new JsonSchemaValidator(document.RootElement);
    }

    /// <summary>Every violation in <paramref name="instance"/>, in document order; empty when it is valid.</summary>
    /// <param name="instance">The document to validate.</param>
    public IReadOnlyList<SchemaViolation> Validate(JsonElement instance)
    {
        // Valid documents (nearly all) are checked with the pass/fail output, which builds no result tree.
        if (_schema.Evaluate(instance, FlagOutput).IsValid)
        {
            return [];
        }

        return SchemaFailureText.Describe(_schema.Evaluate(instance, TreeOutput), instance, _text);
    }

    // JsonSchema.Net resolves a $ref when it is first followed; every $ref in the schema is followed here once,
    // so a $ref that names nothing fails when the schema is loaded, not on the first document that reaches it.
    private void ProbeReferences()
    {
        foreach (var reference in References(_text))
        {
            if (reference.StartsWith('#') && SchemaFailureText.Walk(_text, Uri.UnescapeDataString(reference[1..])) is null)
            {
                throw new InvalidOperationException($"schema $ref '{reference}' names no part of the schema");
            }
        }
    }

    private static IEnumerable<string> References(JsonElement schema)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in schema.EnumerateObject())
                {
                    if (property.NameEquals("$ref") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return property.Value.GetString()!;
                    }

                    foreach (var inner in References(property.Value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in schema.EnumerateArray())
                {
                    foreach (var inner in References(item))
                    {
                        yield return inner;
                    }
                }

                break;
            default:
                break;
        }
    }
}
