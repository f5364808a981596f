using System.IO.Hashing;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Emissions.Factors.Loading;

/// <summary>The four schemas of factors/schema, compiled into this assembly as resources.</summary>
internal static class SchemaCatalog
{
    public static FactorSchema Manifest { get; } = new("manifest");

    public static FactorSchema Factors { get; } = new("factors");

    public static FactorSchema Blends { get; } = new("blends");

    public static FactorSchema Set { get; } = new("set");

    /// <summary>The text of factors/schema/&lt;name&gt;.schema.json as compiled in.</summary>
    public static string Text(string name)
    {
        var resource = $"Emissions.Factors.Schema.{name}.schema.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"schema resource {resource} is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>One schema: its validator, built on first use, and a fingerprint that is cheap to compute without it.</summary>
    internal sealed class FactorSchema(string name)
    {
        private readonly Lazy<JsonSchemaValidator> _validator = new(() =>
        {
            using var document = JsonDocument.Parse(Text(name));
            return new JsonSchemaValidator(document.RootElement);
        });

        private readonly Lazy<string> _fingerprint = new(() =>
            Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes($"{name}\n{JsonSchemaValidator.Engine}\n{Text(name)}"))));

        public JsonSchemaValidator Validator => _validator.Value;

        /// <summary>The schema's name, its text and the validating library's version: what a file's validity depends on.</summary>
        public string Fingerprint => _fingerprint.Value;
    }
}
