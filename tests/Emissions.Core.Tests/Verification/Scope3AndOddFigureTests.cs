using Emissions.Contract.Checks;
using Emissions.Metrics;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>Scope 3 as reports print it (范围三 and its categories), and one odd figure never failing the whole request.</summary>
public class Scope3AndOddFigureTests
{
    private static CheckReport Check(string json) => new Checker().Check(CheckRequestReader.Parse(json));

    [Fact]
    public void Scope_3_and_its_fifteen_categories_are_catalogue_metrics_with_chinese_names()
    {
        Assert.True(MetricCatalog.TryFind("ghg.scope3", out var scope3));
        Assert.Equal("范围三温室气体排放", scope3.NameZhHans);
        Assert.Equal(15, MetricCatalog.All.Count(m => m.Id.StartsWith("ghg.scope3.", StringComparison.Ordinal)));
        Assert.True(MetricCatalog.TryFind("ghg.scope3.per-employee", out _));
    }

    [Fact]
    public void A_printed_scope_3_total_is_checked_against_its_fifteen_categories()
    {
        var categories = string.Join(", ", MetricCatalog.All.Where(m => m.Id.StartsWith("ghg.scope3.", StringComparison.Ordinal))
            .Select((m, i) => $$"""{"metric": "{{m.Id}}", "value": "{{i + 1}},000", "unit": "tCO2e"}"""));

        var report = Check($$"""{"figures": [{"metric": "ghg.scope3", "value": "12", "unit": "万吨二氧化碳当量"}, {{categories}}]}""");

        // 1,000 + 2,000 + … + 15,000 tCO2e = 120,000 tCO2e = 12 万吨.
        var check = Assert.Single(report.Checks, c => c.Figure == "ghg.scope3");
        Assert.Equal(Verdict.Reproduced, check.Verdict);
    }

    [Fact]
    public void A_figure_without_a_metric_in_mass_is_read_in_its_relations_CO2e_kind()
    {
        // A table prints the total as "1.2 万吨" beside parts in tCO2e; the relation says what it is.
        var report = Check("""
            {"figures": [
              {"id": "total", "value": "1.2", "unit": "万吨"},
              {"id": "travel", "metric": "ghg.scope3.business-travel", "value": "8,000", "unit": "tCO2e"},
              {"id": "commuting", "metric": "ghg.scope3.employee-commuting", "value": "4,000", "unit": "tCO2e"}],
             "relations": [{"id": "s3", "metric": "total", "formula": "travel + commuting"}]}
            """);

        var check = Assert.Single(report.Checks, c => c.Figure == "total");
        Assert.Equal(Verdict.Reproduced, check.Verdict);
        Assert.Contains("$.figures[0]: '万吨' read as 万吨 CO2e, the kind of its relation", report.Notes);
    }

    [Theory]
    [InlineData("%", "s1: printed as a pure number (%), but ghg.scope1 is Co2e; catalogue relations do not use it")]
    [InlineData("％", "s1: printed as a pure number (％), but ghg.scope1 is Co2e; catalogue relations do not use it")]
    [InlineData("‰", "s1: printed as a pure number (‰), but ghg.scope1 is Co2e; catalogue relations do not use it")]
    [InlineData(null, "s1: printed with no unit, but ghg.scope1 is Co2e; catalogue relations do not use it")]
    public void A_scope_1_printed_as_a_pure_number_is_noted_with_its_unit_percent_being_a_unit(string? unit, string note)
    {
        var u = unit is null ? "" : $", \"unit\": \"{unit}\"";
        var report = Check($$"""
            {"figures": [
              {"id": "s1", "metric": "ghg.scope1", "value": "0.0001"{{u}}},
              {"id": "s2", "metric": "ghg.scope2", "value": "2", "unit": "tCO2e"},
              {"id": "total", "metric": "ghg.total", "value": "2", "unit": "tCO2e"}]}
            """);

        Assert.Contains(note, report.Notes);
        Assert.DoesNotContain(report.Checks, c => c.Figure == "s1");
    }

    [Fact]
    public void A_figure_whose_kind_cannot_meet_its_relation_makes_that_one_check_unverifiable()
    {
        var report = Check("""
            {"figures": [
              {"id": "total", "value": "1.2", "unit": "MWh"},
              {"id": "travel", "metric": "ghg.scope3.business-travel", "value": "8,000", "unit": "tCO2e"},
              {"id": "commuting", "metric": "ghg.scope3.employee-commuting", "value": "4,000", "unit": "tCO2e"},
              {"id": "s1", "metric": "ghg.scope1", "value": "1", "unit": "tCO2e"},
              {"id": "s2", "metric": "ghg.scope2", "value": "2", "unit": "tCO2e"},
              {"id": "t", "metric": "ghg.total", "value": "3", "unit": "tCO2e"}],
             "relations": [{"id": "s3", "metric": "total", "formula": "travel + commuting"}]}
            """);

        var odd = Assert.Single(report.Checks, c => c.Figure == "total");
        Assert.Equal(Verdict.Unverifiable, odd.Verdict);
        Assert.Equal("The units do not agree: the formula gives Co2e, the figure total is Energy.", odd.Explanation);
        Assert.Contains(report.Checks, c => c.Relation == "ghg.total = ghg.scope1 + ghg.scope2" && c.Verdict == Verdict.Reproduced);
    }
}
