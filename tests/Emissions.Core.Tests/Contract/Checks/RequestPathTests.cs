using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// A JSON request's figures and relations keep their paths as parts ("$.figures" and an index) and build the string only
/// when a message or a note reads it; what they say, and how they compare, is what a path given whole says.
/// </summary>
public class RequestPathTests
{
    private const string Request = """
        {"period": "2023",
         "figures": [{"id": "total", "value": "3 t"},
                     {"metric": "ghg.scope1", "value": "1 t"},
                     {"metric": "ghg.scope2", "value": "2 t"}],
         "relations": [{"id": "sum", "metric": "total", "formula": "ghg.scope1 + ghg.scope2"}]}
        """;

    [Fact]
    public void Each_figure_and_relation_names_its_place_in_the_request()
    {
        var request = CheckRequestReader.Parse(Request);

        Assert.Equal(["$.figures[0]", "$.figures[1]", "$.figures[2]"], request.Figures.Select(f => f.Source));
        Assert.Equal("$.relations[0]", Assert.Single(request.Relations).Source);
    }

    [Fact]
    public void A_figure_whose_path_is_held_as_parts_equals_one_given_the_same_path_whole()
    {
        var figure = CheckRequestReader.Parse(Request).Figures[1];

        Assert.Equal(figure, figure with { Source = "$.figures[1]" });
        Assert.NotEqual(figure, figure with { Source = "$.figures[2]" });
        Assert.Equal(CheckRequestReader.Parse(Request).Figures[1], figure);
    }

    [Fact]
    public void A_relation_read_twice_is_equal_to_itself_and_names_the_same_place()
    {
        var first = Assert.Single(CheckRequestReader.Parse(Request).Relations);
        var second = Assert.Single(CheckRequestReader.Parse(Request).Relations);

        Assert.Equal(first, second);
        Assert.Equal(first, second with { Source = "$.relations[0]" });
    }

    [Fact]
    public void A_wrongly_typed_field_of_the_second_figure_is_named_by_its_full_path()
    {
        var error = Assert.Throws<InputException>(() => CheckRequestReader.Parse(
            """{"figures": [{"id": "a", "value": "1 t"}, {"id": "b", "value": "2 t", "site": 3}]}"""));

        Assert.Equal("$.figures[1].site", error.Path);
    }

    [Fact]
    public void A_duplicate_figure_id_names_both_places()
    {
        var error = Assert.Throws<InputException>(() => CheckRequestReader.Parse(
            """{"figures": [{"id": "a", "value": "1 t"}, {"id": "b", "value": "2 t"}, {"id": "a", "value": "3 t"}]}"""));

        Assert.Equal("$.figures[2].id", error.Path);
        Assert.Contains("also used by $.figures[0]", error.Message, StringComparison.Ordinal);
    }

    // Figures with ids of their own, so that a relation naming "ghg.scope1" finds it by metric, not as a figure's key.
    private const string ByMetric = """
        {"period": "2023",
         "figures": [{"id": "total", "value": "3 t"},
                     {"id": "s1", "metric": "ghg.scope1", "value": "1 t"},
                     {"id": "s2", "metric": "ghg.scope2", "value": "2 t"}],
         "relations": [{"id": "sum", "metric": "total", "formula": "ghg.scope1 + ghg.scope2"}]}
        """;

    [Fact]
    public void A_custom_relation_naming_a_metric_uses_the_one_figure_of_that_metric()
    {
        // 1 t + 2 t = 3 t exactly.
        var check = Assert.Single(CheckRun.Run(CheckRequestReader.Parse(ByMetric), null).Checks, c => c.Relation == "sum");

        Assert.Equal(Verdict.Reproduced, check.Verdict);
    }

    [Fact]
    public void A_custom_relation_naming_a_metric_printed_twice_for_the_period_cannot_be_checked()
    {
        var twice = ByMetric.Replace("""{"id": "s2", "metric": "ghg.scope2", "value": "2 t"}""",
            """{"id": "s2", "metric": "ghg.scope2", "value": "2 t"}, {"id": "s1b", "metric": "ghg.scope1", "value": "1.5 t"}""", StringComparison.Ordinal);

        var check = Assert.Single(CheckRun.Run(CheckRequestReader.Parse(twice), null).Checks, c => c.Relation == "sum");

        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.StartsWith("Needs ghg.scope1 (not among the figures)", check.Explanation, StringComparison.Ordinal);
    }
}
