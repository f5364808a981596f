using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>options.factors: a one-off factor given with the check, as the CLI's --factor.</summary>
public sealed class OneOffFactorTests
{
    // 10 mu × 67 kgCO2/(mu·day) (the popular forest-uptake figure, seed-checks §0) × 365 days = 244,550 kgCO2.
    private static string Request(string options) => $$"""
        {"figures": [
           {"id": "area", "value": "10", "unit": "mu"},
           {"id": "days", "value": "365", "unit": "day"},
           {"id": "uptake", "value": "244,550", "unit": "kgCO2"}],
         "relations": [{"id": "forest", "metric": "uptake", "formula": "area * @absorption-rate[forest] * days"}],
         "options": {{options}}}
        """;

    [Fact]
    public void A_factor_in_the_options_answers_the_formulas_reference()
    {
        var request = CheckRequestReader.Parse(Request("""{"factors": {"absorption-rate[forest]": "67 kgCO2/(mu·day)"}}"""));

        Assert.Equal(Verdict.Reproduced, Assert.Single(CheckRun.Run(request, null).Checks).Verdict);
    }

    [Fact]
    public void Without_the_factor_the_relation_is_unverifiable()
    {
        var request = CheckRequestReader.Parse(Request("{}"));

        Assert.Equal(Verdict.Unverifiable, Assert.Single(CheckRun.Run(request, null).Checks).Verdict);
    }

    [Fact]
    public void A_factor_without_a_unit_is_refused_naming_its_path()
    {
        var error = Assert.Throws<InputException>(() => CheckRequestReader.Parse(Request("""{"factors": {"absorption-rate[forest]": 67}}""")));

        Assert.Equal("$.options.factors.absorption-rate[forest]", error.Path);
    }

    [Fact]
    public void One_off_factors_travel_through_the_working_paper()
    {
        var request = CheckRequestReader.Parse(Request("""{"factors": {"absorption-rate[forest]": "67 kgCO2/(mu·day)"}}"""));
        using var paper = new MemoryStream();
        WorkingPaper.Write(paper, request, CheckRun.Run(request, null));
        paper.Position = 0;

        var again = SpreadsheetCheckReader.ReadXlsx(paper, "paper.xlsx").Request;

        Assert.Equal(Verdict.Reproduced, Assert.Single(CheckRun.Run(again, null).Checks).Verdict);
        Assert.Equal(67m, Assert.Single(again.Options.Factors).Value.Value);
    }
}
