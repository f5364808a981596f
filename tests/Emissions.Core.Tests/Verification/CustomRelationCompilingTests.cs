using Emissions.Contract.Checks;
using Emissions.Metrics.Expressions;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>A request's own relations are parsed and compiled once per formula text, into the form the catalogue's run as.</summary>
public class CustomRelationCompilingTests
{
    // Kuaishou 2020 ESG report, lines 1253–1264: 715,200.83 MWh + 20,256.68 GJ (= 5,626.8556 MWh) = 720,827.6856 MWh
    // against a printed 721,117.23, 289.5444 MWh apart.
    private const string Request = """
        {"organization": "Kuaishou", "period": "2020",
         "figures": [{"id": "elec", "value": "715,200.83", "unit": "兆瓦時"},
                     {"id": "heat", "value": "20,256.68", "unit": "吉焦"},
                     {"id": "indirect", "value": "721,117.23", "unit": "兆瓦時"}],
         "relations": [{"id": "indirect_from_parts", "metric": "indirect", "formula": "elec + heat"}]}
        """;

    [Fact]
    public void Two_requests_with_the_same_formula_text_share_one_compiled_formula()
    {
        var first = Assert.Single(CheckRequestReader.Parse(Request).Relations);
        var second = Assert.Single(CheckRequestReader.Parse(Request).Relations);

        Assert.Same(first.Formula, second.Formula);
        Assert.Same(CompiledRelations.Of(first.Formula), CompiledRelations.Of(second.Formula));
        Assert.Equal(["elec", "heat"], CompiledRelations.Of(first.Formula).Names);
    }

    [Fact]
    public void A_compiled_custom_relation_gives_the_verdict_and_the_implied_values_of_the_formula()
    {
        var check = Assert.Single(CheckRun.Run(CheckRequestReader.Parse(Request), null).Checks, c => c.Relation == "indirect_from_parts");

        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.Equal(289.5444m, Math.Round(check.Deviation!.Absolute, 4));
        // What elec would have to be for the relation to hold: 721,117.23 − 5,626.8556 = 715,490.3744 MWh.
        var elec = Assert.Single(check.Implied, i => i.Name == "elec");
        Assert.Equal(715_490.374m, Math.Round(elec.Value, 3));
    }

    [Fact]
    public void A_formula_longer_than_the_kept_length_is_parsed_for_each_request_and_not_kept()
    {
        var sum = string.Join(" + ", Enumerable.Repeat("a", 100));

        Assert.True(sum.Length > CustomFormulas.MaxLength);
        Assert.NotSame(CustomFormulas.Parse(sum), CustomFormulas.Parse(sum));
        Assert.Equal(100m, Core.Tests.Metrics.Formulas.Evaluate(CustomFormulas.Parse(sum), ExactArithmetic.Instance, _ => Emissions.Quantities.Quantity.Ratio(1m)).CanonicalValue);
    }

    [Fact]
    public void A_formula_that_does_not_parse_is_refused_every_time_it_is_sent()
    {
        var bad = Request.Replace("elec + heat", "elec + (heat", StringComparison.Ordinal);

        Assert.Throws<Emissions.Inventory.InputException>(() => CheckRequestReader.Parse(bad));
        Assert.Throws<Emissions.Inventory.InputException>(() => CheckRequestReader.Parse(bad));
    }
}
