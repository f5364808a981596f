using Emissions.Metrics.Expressions;

namespace Emissions.Core.Tests.Metrics;

/// <summary>A formula prints so that parsing the text gives the same tree back (fuzzing found -(a + b) printed as -a + b).</summary>
public sealed class ExpressionPrintingTests
{
    [Theory]
    [InlineData("-(a + b)", "-(a + b)")]
    [InlineData("-(a * b)", "-(a * b)")]
    [InlineData("-a * b", "-a * b")]
    [InlineData("a - (b + c)", "a - (b + c)")]
    [InlineData("a - (b - c)", "a - (b - c)")]
    [InlineData("a / (b * c)", "a / (b * c)")]
    [InlineData("a / (b / c)", "a / (b / c)")]
    [InlineData("(a + b) * c", "(a + b) * c")]
    [InlineData("(a - b) - c", "a - b - c")]
    [InlineData("(a * b) / c", "a * b / c")]
    [InlineData("a + (b * c)", "a + b * c")]
    [InlineData("--a", "--a")]
    [InlineData("sum(a, -(b - c))", "sum(a, -(b - c))")]
    [InlineData("3.6 GJ/MWh * a", "3.6 GJ/MWh * a")]
    public void Formula_prints_to_text_that_parses_back_to_it(string formula, string printed)
    {
        var expr = ExpressionParser.Parse(formula);

        Assert.Equal(printed, expr.ToString());
        Assert.Equal(printed, ExpressionParser.Parse(expr.ToString()).ToString());
    }
}
