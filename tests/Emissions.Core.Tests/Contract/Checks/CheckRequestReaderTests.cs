using Emissions.Contract.Checks;
using Emissions.Core.Tests.Verification;
using Emissions.Inventory;
using Emissions.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

public class CheckRequestReaderTests
{
    private static InputException Fails(string json) => Assert.Throws<InputException>(() => CheckRequestReader.Parse(json));

    [Fact]
    public void The_kuaishou_2020_fixture_reads_with_its_figures_relation_and_options()
    {
        var request = Fixtures.Request("kuaishou-2020");

        Assert.Equal("Kuaishou Technology", request.Organization);
        Assert.Equal("2020", request.Period);
        Assert.Equal(25, request.Figures.Count);
        Assert.Equal("ulanqab_vs_uptime", Assert.Single(request.Relations).Id);
        Assert.Equal(0.05m, request.Options.Materiality);
        Assert.Equal("cn-2022", request.Options.FactorSet);
        var pue = Assert.Single(request.Figures, f => f.Id == "ulanqab_pue");
        Assert.Equal(Qualifier.AtMost, pue.Qualifier);
        Assert.Equal("ulanqab", pue.Site);
        Assert.Equal("$.figures[22]", pue.Source);
    }

    [Fact]
    public void A_value_may_carry_its_unit_or_be_a_plain_json_number()
    {
        var request = CheckRequestReader.Parse("""
            {"figures": [
              {"metric": "energy.indirect", "value": "721,117.23 MWh"},
              {"id": "pue", "value": 1.20},
              {"metric": "energy.heat", "value": {"value": "20,256.68", "unit": "吉焦"}}
            ]}
            """);

        Assert.Equal(721_117.23m, request.Figures[0].Printed.Value);
        Assert.Equal("MWh", request.Figures[0].Printed.Unit.Symbol);
        Assert.Equal(2, request.Figures[1].Printed.Scale);
        Assert.Equal("吉焦", request.Figures[2].Printed.Unit.Symbol);
    }

    [Fact]
    public void An_unknown_metric_is_an_error_naming_the_path_and_the_nearest_ids()
    {
        var error = Fails("""{"figures": [{"metric": "ghg.totl", "value": "1", "unit": "t"}]}""");

        Assert.Equal("$.figures[0].metric", error.Path);
        Assert.Equal("ghg.totl", error.Value);
        Assert.Contains("ghg.total", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_needs_an_id_or_a_metric()
    {
        var error = Fails("""{"figures": [{"value": "1"}]}""");

        Assert.Equal("$.figures[0].id", error.Path);
        Assert.Contains("\"metric\"", error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("s1-2023")]
    [InlineData("a b")]
    public void A_figure_id_must_start_with_a_letter_or_underscore_and_continue_with_letters_digits_or_underscores(string id)
    {
        var error = Fails($$"""{"figures": [{"id": "{{id}}", "value": "1"}]}""");

        Assert.Equal("$.figures[0].id", error.Path);
        Assert.Equal(id, error.Value);
    }

    [Fact]
    public void Duplicate_figure_ids_are_an_error()
    {
        var error = Fails("""{"figures": [{"id": "a", "value": "1"}, {"id": "a", "value": "2"}]}""");

        Assert.Equal("$.figures[1].id", error.Path);
    }

    [Fact]
    public void A_unit_of_the_wrong_kind_for_the_metric_is_an_error()
    {
        var error = Fails("""{"figures": [{"metric": "ghg.total", "value": "69.44", "unit": "MWh"}]}""");

        Assert.Equal("$.figures[0].unit", error.Path);
        Assert.Contains("ghg.total", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_unit_names_the_nearest_symbols()
    {
        var error = Fails("""{"figures": [{"metric": "energy.total", "value": "1", "unit": "Mwh"}]}""");

        Assert.Equal("$.figures[0].unit", error.Path);
        Assert.Contains("MWh", error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e40")]
    [InlineData("100000000000000000000000000000000")]
    public void A_number_too_large_for_decimal_is_the_values_fault_when_the_unit_is_given_apart(string value)
    {
        var error = Fails($$"""{"figures": [{"metric": "ghg.total", "value": "{{value}}", "unit": "t"}]}""");

        Assert.Equal("$.figures[0].value", error.Path);
        Assert.Equal(value, error.Value);
        Assert.Contains("too large for decimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_whose_power_is_out_of_range_is_the_units_fault()
    {
        var error = Fails("""{"figures": [{"id": "a", "value": "1", "unit": "m^200"}]}""");

        Assert.Equal("$.figures[0].unit", error.Path);
        Assert.Equal("m^200", error.Value);
    }

    [Theory]
    [InlineData("""{"metric": "dc.clf", "value": "below 8%"}""", "\"value\": \"8%\" with \"qualifier\": \"below\"")]
    [InlineData("""{"metric": "dc.clf", "value": "below 8", "unit": "%"}""", "\"value\": \"8\" with \"qualifier\": \"below\"")]
    [InlineData("""{"metric": "dc.clf", "value": "about 25%"}""", "\"value\": \"25%\" with \"qualifier\": \"about\"")]
    [InlineData("""{"metric": "dc.clf", "value": "約25%"}""", "\"value\": \"25%\" with \"qualifier\": \"about\"")]
    [InlineData("""{"metric": "dc.pue", "value": "no more than 1.3"}""", "\"value\": \"1.3\" with \"qualifier\": \"at-most\"")]
    public void A_claim_pasted_into_the_value_says_to_post_its_word_as_the_qualifier(string figure, string hint)
    {
        var error = Fails($$"""{"figures": [{{figure}}]}""");

        Assert.Equal("$.figures[0].value", error.Path);
        Assert.Contains(hint, error.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"metric": "dc.clf", "value": "eight %"}""")]
    [InlineData("""{"metric": "dc.clf", "value": "below 8%", "qualifier": "below"}""")]
    [InlineData("""{"metric": "dc.clf", "value": "FY2020 8%"}""")]
    public void A_value_that_is_not_a_claim_gets_no_qualifier_hint(string figure)
    {
        var error = Fails($$"""{"figures": [{{figure}}]}""");

        Assert.Equal("$.figures[0].value", error.Path);
        Assert.DoesNotContain("qualifier\": ", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_qualifier_lists_the_known_ones()
    {
        var error = Fails("""{"figures": [{"id": "a", "value": "1", "qualifier": "roughly"}]}""");

        Assert.Equal("$.figures[0].qualifier", error.Path);
        Assert.Contains("at-most", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_figures_is_an_error()
    {
        var figures = string.Join(",", Enumerable.Range(0, 11).Select(i => $$"""{"id": "f{{i}}", "value": "1"}"""));

        var error = Assert.Throws<InputException>(() => CheckRequestReader.Parse($$"""{"figures": [{{figures}}]}""", maxFigures: 10));

        Assert.Equal("$.figures", error.Path);
        Assert.Contains("at most 10", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_must_target_a_figure_of_the_request()
    {
        var error = Fails("""{"figures": [{"id": "total", "value": "1"}], "relations": [{"id": "r", "metric": "totl", "formula": "1"}]}""");

        Assert.Equal("$.relations[0].metric", error.Path);
        Assert.Contains("total", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_formula_is_an_error_at_its_path()
    {
        var error = Fails("""{"figures": [{"id": "t", "value": "1"}], "relations": [{"id": "r", "metric": "t", "formula": "a +"}]}""");

        Assert.Equal("$.relations[0].formula", error.Path);
    }

    [Theory]
    [InlineData("\"5%\"", 0.05)]
    [InlineData("\"2.5 %\"", 0.025)]
    [InlineData("0.01", 0.01)]
    public void Materiality_is_a_percentage_or_a_fraction(string value, double expected)
    {
        var request = CheckRequestReader.Parse("{\"figures\": [], \"options\": {\"materiality\": " + value + "}}");

        Assert.Equal((decimal)expected, request.Options.Materiality);
    }

    [Fact]
    public void Materiality_above_100_percent_is_an_error()
    {
        var error = Fails("""{"figures": [], "options": {"materiality": "150%"}}""");

        Assert.Equal("$.options.materiality", error.Path);
    }

    [Fact]
    public void Unknown_fields_are_errors_rather_than_silently_ignored()
    {
        var error = Fails("""{"figures": [{"id": "a", "value": "1", "qualifer": "about"}]}""");

        Assert.Equal("$.figures[0].qualifer", error.Path);
    }

    [Fact]
    public void Missing_figures_is_an_error()
    {
        Assert.Equal("$.figures", Fails("""{"organization": "x"}""").Path);
    }

    [Fact]
    public void Malformed_json_is_an_error_at_the_root()
    {
        Assert.Equal("$", Fails("{\"figures\": [").Path);
    }
}
