using System.Globalization;
using Emissions.Cli.Output;
using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Cli.Tests;

/// <summary>
/// Figures at the ends of decimal's range (10^-28, 7.9 × 10^28) through every step of a check and every answer format:
/// each request is either checked and written, or refused as bad input naming a field — never a program error. The
/// parser fuzzers stop at the parsed request; these go through the relations, verdicts, implied values, explanations
/// and writers, where a figure past the range in its relation's units used to end the CLI with a stack trace.
/// </summary>
public class ExtremeMagnitudeCheckTests
{
    private static readonly string[] Values =
    [
        "0", "0.0000000000000000000000000001", "3", "-3", "70000000000000000000000000000",
        "79000000000000000000000000000", "79228162514264337593543950335", "-79228162514264337593543950335",
    ];

    private static readonly string[] Units = ["", "kg", "t", "%"];

    private static readonly string[] Qualifiers = ["exact", "about", "below"];

    private static readonly string[] Formulas = ["a + b", "a - b", "a * b", "a / b", "yoy(a, b)", "pp(a, b)", "1 / a", "sum(a, b, a)"];

    [Fact]
    public void Custom_relations_over_figures_at_the_ends_of_the_decimal_range_are_checked_or_refused_as_bad_input()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        var refused = 0;
        foreach (var a in Values)
        {
            foreach (var b in Values)
            {
                foreach (var unit in Units)
                {
                    foreach (var qualifier in Qualifiers)
                    {
                        foreach (var formula in Formulas)
                        {
                            var json = Request(a, b, unit, qualifier, formula);
                            switch (Outcome(json))
                            {
                                case null:
                                    checkedCount++;
                                    break;
                                case "refused":
                                    refused++;
                                    break;
                                case { } failure:
                                    failures.Add($"{json} → {failure}");
                                    break;
                            }
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} program errors at: {string.Join(Environment.NewLine, failures.Select(f => f[(f.IndexOf(" → ", StringComparison.Ordinal) + 3)..]).Distinct())}");

        // Both outcomes occur: figures past the range in their relation's units (7.9 × 10^28 t in kg) are refused, the rest
        // checked; and a request of ordinary figures in the same grid is always checked.
        Assert.Equal(Values.Length * Values.Length * Units.Length * Qualifiers.Length * Formulas.Length, checkedCount + refused);
        Assert.True(checkedCount > 0 && refused > 0, $"{checkedCount} checked, {refused} refused");
        Assert.Null(Outcome(Request("3", "-3", "t", "about", "yoy(a, b)")));
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "萬噸")]
    [InlineData("7900000000000000000000000", "萬噸")]
    [InlineData("0.0000000000000000000000000001", "t")]
    [InlineData("79228162514264337593543950335", "kg")]
    public void Catalogue_relations_over_figures_at_the_ends_of_the_decimal_range_are_checked_or_refused_as_bad_input(string value, string unit)
    {
        var json = $$"""
            {"figures": [
              {"metric": "ghg.total", "value": "{{value}}", "unit": "{{unit}}"},
              {"metric": "ghg.scope1", "value": "{{value}}", "unit": "{{unit}}", "qualifier": "about"},
              {"metric": "ghg.scope2", "value": "3", "unit": "t"},
              {"metric": "org.headcount", "value": "0.0000000000000000000000000001", "unit": "人"},
              {"metric": "ghg.total.per-employee", "value": "{{value}}", "unit": "t/人"}
            ]}
            """;

        var outcome = Outcome(json);
        Assert.True(outcome is null or "refused", outcome);
    }

    private static string Request(string a, string b, string unit, string qualifier, string formula)
    {
        var u = unit.Length == 0 ? "" : $", \"unit\": \"{unit}\"";
        var q = qualifier == "exact" ? "" : $", \"qualifier\": \"{qualifier}\"";
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {"figures": [{"id": "a", "value": "{{a}}"{{u}}{{q}}}, {"id": "b", "value": "{{b}}"{{u}}},
                         {"id": "c", "value": "3"{{u}}}, {"id": "d", "value": "{{a}}"}],
             "relations": [{"id": "r", "metric": "c", "formula": "{{formula}}"}, {"id": "s", "metric": "d", "formula": "{{formula}}"}]}
            """);
    }

    // null when checked and written in every format, "refused" for bad input naming a field, else the program error.
    private static string? Outcome(string json)
    {
        try
        {
            var report = new Checker().Check(CheckRequestReader.Parse(json));
            _ = CheckReportJson.Write(report);
            CheckCsvWriter.Write(TextWriter.Null, report);
            CheckTableWriter.Write(TextWriter.Null, report);
            return null;
        }
        catch (InvalidInputException ex) when (ex.Field is not null)
        {
            return "refused";
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message} at {string.Join(" < ", (ex.StackTrace ?? "").Split('\n').Where(l => l.Contains("Emissions", StringComparison.Ordinal)).Take(4).Select(l => l.Trim().Split(" in ")[0]))}";
        }
    }
}
