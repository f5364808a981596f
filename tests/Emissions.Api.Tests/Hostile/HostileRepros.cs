using System.Text.Json;

namespace Emissions.Api.Tests.Hostile;

/// <summary>
/// The repros of issue 17, each a small request: before the limits in Emissions.Core, the first four ended
/// the process with a stack overflow, the next two kept a core busy for seconds, five answered 500 and the
/// last answered 200 with a wrong figure (kWh^257 wrapped to kWh).
/// </summary>
public static class HostileRepros
{
    private const string Check = "/v1/checks";
    private const string Calc = "/v1/calculations";

    public static IReadOnlyList<HostileRepro> All { get; } =
    [
        Formula("formula of 5,000 minus signs", new string('-', 5_000) + "a", "invalid-input"),
        Formula("sum of 5,000 terms", string.Join(" + ", Enumerable.Repeat("a", 5_000)), "invalid-input"),
        Formula("25,000 nested parentheses in a formula", new string('(', 25_000) + "a" + new string(')', 25_000), "invalid-input"),
        Formula("40 nested parentheses in a short formula", new string('(', 40) + "a" + new string(')', 40), "invalid-input"),
        Formula("formula constant 2 10^999t", "a * 2 10^999t", "number-out-of-range"),
        Unit("40,000 nested parentheses in a unit", new string('(', 40_000) + "kg" + new string(')', 40_000), "too-complex"),
        Unit("unit kg²²²²²²²²²", "kg²²²²²²²²²", "number-out-of-range"),
        Unit("product of 20,000 factors", string.Join("·", Enumerable.Repeat("kg", 20_000)), "too-complex"),
        Unit("unit t^999", "t^999", "number-out-of-range"),
        Unit("unit 10^999t", "10^999t", "number-out-of-range"),
        Unit("unit kg^-2147483648", "kg^-2147483648", "number-out-of-range"),
        Value("value 1 m^128", "1 m^128", "number-out-of-range"),
        Value("value 1 kg^256 (a wrapped exponent made it a plain number)", "1 kg^256", "number-out-of-range"),
        new("calculation with 5 kWh^257", Calc,
            """{"factorSet": "cn-2020", "electricity": [{"amount": "5 kWh^257", "region": "CN"}]}""",
            "number-out-of-range", "$.electricity[0].amount"),
    ];

    private static HostileRepro Formula(string name, string formula, string slug) => new(name, Check,
        $$"""{"figures": [{"id": "a", "value": "1"}], "relations": [{"id": "r", "metric": "a", "formula": {{JsonSerializer.Serialize(formula)}}}]}""",
        slug, "$.relations[0].formula");

    private static HostileRepro Unit(string name, string unit, string slug) => new(name, Check,
        $$"""{"figures": [{"id": "a", "value": "1", "unit": {{JsonSerializer.Serialize(unit)}}}]}""",
        slug, "$.figures[0].unit");

    private static HostileRepro Value(string name, string value, string slug) => new(name, Check,
        $$"""{"figures": [{"id": "a", "value": {{JsonSerializer.Serialize(value)}}}]}""",
        slug, "$.figures[0].value");
}
