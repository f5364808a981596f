using System.Text.Json.Nodes;

namespace Emissions.Factors.Tests;

/// <summary>Valid factor-data documents for tests to break one thing at a time.</summary>
internal static class FactorJson
{
    public const string TestEdition = "acme/grid/2024";

    public static JsonObject Factor(string local = "national", string region = "CN", int dataYear = 2024, string value = "0.5366") => new()
    {
        ["id"] = $"{TestEdition}:{local}",
        ["parameter"] = "emission-factor",
        ["basis"] = "location-average",
        ["value"] = value,
        ["unit"] = "tCO2/MWh",
        ["gas"] = "CO2",
        ["applicability"] = new JsonObject { ["carrier"] = "electricity", ["region"] = region, ["dataYear"] = dataYear },
        ["verification"] = "confirmed",
        ["source"] = "test table, row 1",
    };

    public static JsonObject Manifest(string editionPath)
    {
        var parts = editionPath.Split('/');
        return new JsonObject
        {
            ["publisher"] = parts[0],
            ["dataset"] = parts[1],
            ["edition"] = parts[2],
            ["title"] = "Test document",
            ["source"] = "tests",
            ["licence"] = "test data",
        };
    }

    public static JsonObject FactorsDocument(params JsonObject[] factors) => new() { ["factors"] = new JsonArray([.. factors]) };

    public static JsonObject Set(string id, params string[] editions) => new()
    {
        ["id"] = id,
        ["title"] = "Test set",
        ["description"] = "A set for tests.",
        ["editions"] = new JsonArray([.. editions.Select(e => (JsonNode)JsonValue.Create(e))]),
        ["method"] = "cn",
        ["gwp"] = "AR5",
        ["ch4Convention"] = "single",
        ["electricity"] = new JsonObject { ["location"] = "location-average" },
        ["fallbacks"] = new JsonObject { ["regionToNational"] = true, ["earlierDataYear"] = false },
        ["reportingYear"] = 2024,
    };
}
