using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Metrics;

/// <summary>Formulas beyond the limits are refused while parsing, before any deep recursion (issue 17).</summary>
public sealed class ExpressionLimitsTests
{
    private static decimal Evaluate(string formula, decimal a) =>
        Formulas.Evaluate(ExpressionParser.Parse(formula), ExactArithmetic.Instance, _ => Quantity.Ratio(a)).CanonicalValue;

    [Fact]
    public void A_sum_of_500_terms_is_evaluated_and_501_are_refused()
    {
        Assert.Equal(750m, Evaluate(string.Join(" + ", Enumerable.Repeat("a", 500)), 1.5m));

        var error = Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(string.Join(" + ", Enumerable.Repeat("a", 501))));
        Assert.Contains("more than 500 operands", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_thousand_minus_signs_are_refused()
    {
        Assert.Equal(-2m, Evaluate(new string('-', 31) + "a", 2m));

        var error = Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(new string('-', 5_000) + "a"));
        Assert.Contains("nest more than 32 deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parentheses_nest_at_most_32_deep()
    {
        Assert.Equal(3m, Evaluate(new string('(', 32) + "a" + new string(')', 32), 3m));
        Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(new string('(', 33) + "a" + new string(')', 33)));
        Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(new string('(', 25_000) + "a" + new string(')', 25_000)));
    }

    [Fact]
    public void Function_calls_count_as_nesting()
    {
        var deep = string.Concat(Enumerable.Repeat("sum(", 33)) + "a" + new string(')', 33);

        Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(deep));
    }

    [Fact]
    public void A_formula_longer_than_10000_characters_is_refused_and_quoted_short()
    {
        var error = Assert.Throws<ExpressionException>(() => ExpressionParser.Parse("a" + new string(' ', 10_000)));

        Assert.Contains("10,001 characters", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 250);
    }

    [Fact]
    public void A_unit_out_of_range_in_a_constant_is_the_formulas_error()
    {
        Assert.Equal(QuantityError.Overflow, Assert.Throws<QuantityException>(() => ExpressionParser.Parse("a * 2 10^999t")).Error);
        Assert.Equal(QuantityError.Overflow, Assert.Throws<QuantityException>(() => ExpressionParser.Parse("2 t^999")).Error);
    }

    [Fact]
    public void Compiling_refuses_a_tree_built_deeper_than_the_limit()
    {
        Expr deep = new Reference("a");
        for (var i = 0; i < ExpressionLimits.MaxTreeDepth; i++)
        {
            deep = new Negation(deep);
        }

        Assert.Throws<ExpressionException>(() => CompiledFormula.Compile(deep));
        // One level less is within the limit: 531 minus signs of 1.
        Assert.Equal(-1m, Formulas.Evaluate(((Negation)deep).Operand, ExactArithmetic.Instance, _ => Quantity.Ratio(1m)).CanonicalValue);
    }
}
