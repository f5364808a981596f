using System.Text.Json;
using Emissions.Contract.Checks;
using Emissions.Core.Tests.Verification;
using Emissions.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

public class CheckReportJsonTests
{
    private static readonly JsonElement Kuaishou = JsonDocument.Parse(CheckReportJson.Write(Fixtures.Check("kuaishou-2020"))).RootElement;

    private static JsonElement CheckOf(string metric, string relationStart) =>
        Kuaishou.GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("figure").GetString() == metric && c.GetProperty("relation").GetString()!.StartsWith(relationStart, StringComparison.Ordinal));

    [Fact]
    public void Each_check_has_the_contract_fields()
    {
        var check = CheckOf("energy_indirect", "energy.indirect =");

        foreach (var field in new[] { "relation", "figure", "metric", "period", "formula", "verdict", "reported", "recomputed", "deviation", "material", "implied", "explanation" })
        {
            Assert.True(check.TryGetProperty(field, out _), field);
        }

        Assert.Equal("discrepant", check.GetProperty("verdict").GetString());
        Assert.False(check.GetProperty("material").GetBoolean());
        Assert.StartsWith("289.5444", check.GetProperty("deviation").GetProperty("absolute").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(" 兆瓦時", check.GetProperty("deviation").GetProperty("absolute").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("0.04016", check.GetProperty("deviation").GetProperty("relative").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(" %", check.GetProperty("deviation").GetProperty("relative").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_reported_value_keeps_its_printed_decimals()
    {
        var reported = CheckOf("ghg_total_per_employee", "ghg.total.per-employee").GetProperty("reported");

        Assert.Equal("32.30", reported.GetProperty("value").GetString());
        Assert.Equal("噸/人", reported.GetProperty("unit").GetString());
        Assert.Equal("32.295", reported.GetProperty("low").GetString());
        Assert.True(reported.GetProperty("lowInclusive").GetBoolean());
        Assert.False(reported.GetProperty("highInclusive").GetBoolean());
    }

    [Fact]
    public void The_summary_counts_every_verdict_and_the_material_ones()
    {
        var summary = Kuaishou.GetProperty("summary");

        Assert.Equal(7, summary.GetProperty("reproduced").GetInt32());
        Assert.Equal(3, summary.GetProperty("consistent").GetInt32());
        Assert.Equal(1, summary.GetProperty("discrepant").GetInt32());
        Assert.Equal(0, summary.GetProperty("unverifiable").GetInt32());
        Assert.Equal(0, summary.GetProperty("material").GetInt32());
    }

    [Fact]
    public void Implied_values_carry_name_value_unit_and_range()
    {
        var conversion = CheckOf("energy_indirect", "energy.indirect =").GetProperty("implied").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "energy_heat conversion");

        Assert.StartsWith("3.42381", conversion.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("GJ/MWh", conversion.GetProperty("unit").GetString());
        Assert.StartsWith("3.42381", conversion.GetProperty("low").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void About_figures_say_what_they_would_print_as_if_exact()
    {
        var exact = CheckOf("ulanqab_saving_pct", "ulanqab").GetProperty("ifExact");

        Assert.Equal("24", exact.GetProperty("printsAs").GetString());
    }

    [Fact]
    public void Chinese_text_is_written_unescaped()
    {
        Assert.Contains("兆瓦時", CheckReportJson.Write(Fixtures.Check("kuaishou-2020")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(40)]
    public void An_auditors_relation_is_answered_as_its_figure_equals_its_formula_however_long(int parts)
    {
        // 40 parts with ids of 11 characters make a formula of over 500 characters: written from a rented buffer, not the stack.
        var ids = Enumerable.Range(1, parts).Select(i => $"site_part{i:00}").ToList();
        var figures = ids.Select(id => $$"""{"id": "{{id}}", "value": "1", "unit": "MWh"}""")
            .Append($$"""{"id": "site_total", "value": "{{parts}}", "unit": "MWh"}""");
        var formula = string.Join(" + ", ids);
        var report = new Checker().Check(CheckRequestReader.Parse(
            $$"""{"figures": [{{string.Join(", ", figures)}}], "relations": [{"id": "r1", "metric": "site_total", "formula": "{{formula}}"}]}"""));

        var check = Assert.Single(report.Checks);
        var answered = JsonDocument.Parse(CheckReportJson.Write(report)).RootElement.GetProperty("checks")[0];
        Assert.Equal($"site_total = {formula}", check.Formula);
        Assert.Equal($"site_total = {formula}", answered.GetProperty("formula").GetString());
        Assert.Equal(Verdict.Reproduced, check.Verdict);
        Assert.Equal("site_total = 1", (check with { Formula = "site_total = 1" }).Formula);
    }
}
