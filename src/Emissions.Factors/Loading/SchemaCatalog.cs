using System.Reflection;
using System.Text.Json;

namespace Emissions.Factors.Loading;

/// <summary>The four schemas of factors/schema, compiled into this assembly as resources.</summary>
internal static class SchemaCatalog
{
    private static readonly Lazy<JsonSchemaValidator> ManifestSchema = new(() => Load("manifest"));
    private static readonly Lazy<JsonSchemaValidator> FactorsSchema = new(() => Load("factors"));
    private static readonly Lazy<JsonSchemaValidator> BlendsSchema = new(() => Load("blends"));
    private static readonly Lazy<JsonSchemaValidator> SetSchema = new(() => Load("set"));

    public static JsonSchemaValidator Manifest => ManifestSchema.Value;

    public static JsonSchemaValidator Factors => FactorsSchema.Value;

    public static JsonSchemaValidator Blends => BlendsSchema.Value;

    public static JsonSchemaValidator Set => SetSchema.Value;

    /// <summary>The text of factors/schema/&lt;name&gt;.schema.json as compiled in.</summary>
    public static string Text(string name)
    {
        var resource = $"Emissions.Factors.Schema.{name}.schema.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"schema resource {resource} is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonSchemaValidator Load(string name)
    {
        using var document = JsonDocument.Parse(Text(name));
        return new JsonSchemaValidator(document.RootElement);
    }
}
