using System.Reflection;
using System.Text.Json;
using Emissions.Factors.Loading;

namespace Emissions.Api.Contract;

/// <summary>
/// The contract's JSON Schemas (draft 2020-12) as written in docs/schemas and compiled into the service: served at
/// GET /v1/schemas/{name}, published in the OpenAPI document (<see cref="ContractSchemaTransformer"/>), and validated
/// against by the tests with the one validator the factor files use.
/// </summary>
public static class ContractSchemas
{
    public const string CalculationRequest = "calculation-request";
    public const string CalculationAnswer = "calculation-answer";
    public const string CheckRequest = "check-request";
    public const string CheckAnswer = "check-answer";
    public const string Problem = "problem";

    /// <summary>Every schema's name (the file name without .schema.json).</summary>
    public static IReadOnlyList<string> Names { get; } = [CalculationRequest, CalculationAnswer, CheckRequest, CheckAnswer, Problem];

    /// <summary>The schema's text as written in docs/schemas/&lt;name&gt;.schema.json; null for a name that is none of <see cref="Names"/>.</summary>
    public static string? Text(string name)
    {
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        using var stream = typeof(ContractSchemas).Assembly.GetManifestResourceStream($"Emissions.Api.Schemas.{name}.schema.json")
            ?? throw new InvalidOperationException($"schema {name} is missing from {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A validator for one schema, with the others registered so that its cross-file <c>$ref</c>s resolve.</summary>
    internal static JsonSchemaValidator Validator(string name)
    {
        var text = Text(name) ?? throw new ArgumentException($"no contract schema '{name}'", nameof(name));
        var companions = Names.Where(n => n != name).Select(n => JsonDocument.Parse(Text(n)!).RootElement).ToList();
        using var document = JsonDocument.Parse(text);
        return new JsonSchemaValidator(document.RootElement, companions);
    }
}
