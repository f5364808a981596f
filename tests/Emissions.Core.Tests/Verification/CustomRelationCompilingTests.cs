using Emissions.Contract.Checks;
using Emissions.Metrics.Expressions;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>A request's own relations are parsed and compiled once per formula text, into the form the catalogue's run as.</summary>
public class CustomRelationCompilingTests
{
    private const string Request = Fixtures.IndirectFromPartsRequest;

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
