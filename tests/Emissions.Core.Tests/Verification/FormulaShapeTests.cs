using System.Globalization;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification;
using Xunit.Abstractions;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// A formula is rearranged for each unknown that occurs once, exactly, and finding every rearrangement of a formula costs
/// in proportion to its terms: the paths down to the names share their steps, and the other operands share their nodes.
/// </summary>
public class FormulaShapeTests(ITestOutputHelper output)
{
    [Fact]
    public void Each_term_of_a_sum_is_the_total_less_the_other_terms()
    {
        // 10 = a + b + c - d with a = 1, b = 2, c = 3, d = 4 gives a = 9, b = 10 − 1 − 3 + 4 = 10, c = 11, d = −4.
        var values = new[] { 1m, 2m, 3m, 4m };
        var shape = FormulaShape.Of(ExpressionParser.Parse("a + b + c - d"));

        var implied = Enumerable.Range(0, 4).Select(slot => Solve(shape, slot, 10m, values)).ToArray();

        Assert.Equal(["a", "b", "c", "d"], shape.Names);
        Assert.Equal([9m, 10m, 11m, -4m], implied);
    }

    [Fact]
    public void A_name_inside_a_product_of_sums_is_solved_through_every_operation_above_it()
    {
        // 21 = (a + b) * (c - d) / e, a = 1, b = 2, c = 10, d = 3, e = 1: a = 21 × 1 / 7 − 2 = 1; e = 3 × 7 / 21 = 1; c = 21 / 3 + 3 = 10.
        var values = new[] { 1m, 2m, 10m, 3m, 1m };
        var shape = FormulaShape.Of(ExpressionParser.Parse("(a + b) * (c - d) / e"));

        Assert.Equal(1m, Solve(shape, 0, 21m, values));
        Assert.Equal(10m, Solve(shape, 2, 21m, values));
        Assert.Equal(1m, Solve(shape, 4, 21m, values));
    }

    [Fact]
    public void A_name_that_occurs_twice_has_no_rearrangement()
    {
        var shape = FormulaShape.Of(ExpressionParser.Parse("a * b + a"));

        Assert.Null(shape.StepsForSlot(0));
        Assert.NotNull(shape.StepsForSlot(1));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finding_every_rearrangement_costs_the_same_per_term_at_any_size(bool repeated)
    {
        // A sum of n distinct names (each rearranged) or of one name n times (none is): 125, 250 and 500 terms (the most a
        // formula may have). Copying each name's path from the root, or walking it up again per name, costs n²/2 steps.
        var work = new[] { 125, 250, 500 }.Select(n => Work(n, repeated)).ToArray();

        var first = (work[1] - work[0]) / 125d;
        var second = (work[2] - work[1]) / 250d;
        var figures = $"steps {string.Join(" / ", work)}: per added term {first:0.0} then {second:0.0}";
        output.WriteLine(figures);
        Assert.True(second <= first * 1.1, figures);
        Assert.True(work[2] <= 8 * 500, $"steps at 500 terms: {work[2]}");
    }

    private static int Work(int terms, bool repeated)
    {
        var formula = string.Join(" + ", Enumerable.Range(0, terms).Select(i => repeated ? "a" : "f" + i.ToString(CultureInfo.InvariantCulture)));
        return FormulaShape.Of(ExpressionParser.Parse(formula)).PathWork;
    }

    private static decimal Solve(FormulaShape shape, int slot, decimal target, decimal[] values) =>
        Rearranging.Rearrange(shape.StepsForSlot(slot)!.Value, Quantity.From(target, ""), ExactArithmetic.Instance,
            i => Quantity.From(values[i], ""), null).CanonicalValue;
}
