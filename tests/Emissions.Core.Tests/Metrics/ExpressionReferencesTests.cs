using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Metrics;

/// <summary>
/// <see cref="Expr.References"/>: every metric or figure id a formula names, in the order written, repeats kept; found in
/// one walk, so that a sum of thousands of terms built in code (a site per term) costs in proportion to its terms.
/// </summary>
public sealed class ExpressionReferencesTests
{
    [Fact]
    public void A_formulas_references_come_in_the_order_written_with_repeats_and_without_constants_or_factors()
    {
        var formula = ExpressionParser.Parse("yoy(a, b) * -(c - a) + 2 * @absorption-rate[forest] * d");

        Assert.Equal(["a", "b", "c", "a", "d"], formula.References());
        Assert.Empty(ExpressionParser.Parse("3.6 GJ/MWh * 2").References());
        Assert.Equal(["a"], ExpressionParser.Parse("a").References());
    }

    [Fact]
    public void The_references_of_a_5000_term_sum_come_back_in_the_order_they_did_before()
    {
        var (sum, written) = Sum(5_000);

        var references = sum.References().ToList();

        Assert.Equal(written, references);
        Assert.Equal(Chained(sum), references);
    }

    [Fact]
    public void The_references_of_a_5000_term_sum_allocate_no_more_than_the_array_they_come_back_in()
    {
        var (sum, written) = Sum(5_000);

        // The fewest bytes this thread allocates to enumerate them, over four runs: the first also fills the pool the
        // walk borrows its working arrays from. One Concat per operation allocated 846 KB here (127 bytes a name) and took
        // 5,000²/2 steps to enumerate.
        var least = long.MaxValue;
        for (var run = 0; run < 4; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var count = 0;
            foreach (var _ in sum.References())
            {
                count++;
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(written.Count, count);
        }

        // A reference (8 bytes) per name and the array's header and enumerator.
        Assert.True(least <= 8L * written.Count + 256, $"{least} bytes for {written.Count} names");
    }

    /// <summary>
    /// A sum of <paramref name="terms"/> terms, a chain of operations leaning left as the parser builds one, its terms of
    /// every kind (names, negations, calls, constants, factors, a product over a parenthesised sum); and its names in the
    /// order written.
    /// </summary>
    private static (Expr Sum, List<string> Written) Sum(int terms)
    {
        var written = new List<string>();
        Reference Name(string id)
        {
            written.Add(id);
            return new Reference(id);
        }

        Expr Term(int i) => (i % 6) switch
        {
            0 => Name($"site{i}"),
            1 => new Negation(Name($"site{i}")),
            2 => new FunctionCall("yoy", [Name($"a{i}"), Name($"b{i}")]),
            3 => new Constant(Measurement.Parse("3.6 GJ/MWh")),
            4 => new Binary('*', Name("share"), new Binary('+', Name($"x{i}"), new FactorReference("absorption-rate", "forest"))),
            _ => new FunctionCall("sum", [new Negation(Name($"c{i}")), Name("share")]),
        };

        var sum = Term(0);
        for (var i = 1; i < terms; i++)
        {
            sum = new Binary(i % 2 == 0 ? '+' : '-', sum, Term(i));
        }

        return (sum, written);
    }

    /// <summary>References as they were found before the walk, one Concat per operation: the order to keep.</summary>
    private static IEnumerable<string> Chained(Expr e) => e switch
    {
        Reference r => [r.Name],
        Binary b => Chained(b.Left).Concat(Chained(b.Right)),
        Negation n => Chained(n.Operand),
        FunctionCall c => c.Arguments.SelectMany(Chained),
        _ => [],
    };
}
