using System.Globalization;
using System.Text;
using Emissions.Contract.Checks;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// Every term of a long sum gets its implied value (the total less the other terms), and solving all of them shares
/// the steps and parts their rearrangements have in common: the values are the same as solving each alone, and the
/// arithmetic grows with the number of terms, not its square.
/// </summary>
public class LongSumImpliedValuesTests
{
    private const int Terms = 200;

    [Fact]
    public void Each_term_of_a_200_term_sum_implies_the_total_less_the_other_terms()
    {
        // t0 … t199 with ti = 1.01 × (i + 1) MWh sum to 1.01 × 200 × 201 / 2 = 20,301 MWh; the total is printed 123.45
        // higher, so each term would have to be 123.45 MWh larger: ti + 123.45.
        var values = Enumerable.Range(0, Terms).Select(i => 1.01m * (i + 1)).ToArray();
        var printed = values.Sum() + 123.45m;
        var check = Assert.Single(CheckRun.Run(CheckRequestReader.Parse(Request(values, printed)), null).Checks, c => c.Relation == "sum");

        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.Equal(123.45m, check.Deviation!.Absolute);
        Assert.Equal(Terms, check.Implied.Count);
        for (var i = 0; i < Terms; i++)
        {
            var implied = check.Implied[i];
            Assert.Equal(Name(i), implied.Name);
            Assert.Equal(values[i] + 123.45m, implied.Value);
            Assert.Equal("兆瓦時", implied.Unit);
        }
    }

    [Theory]
    [InlineData("+")]
    [InlineData("mixed")]
    public void Solving_every_term_with_shared_steps_gives_what_solving_each_alone_gives(string form)
    {
        // Over intervals and at face value, for a plain sum and for one with minus signs and doubled terms (the doubled
        // terms' other operands are compiled parts).
        var formula = ExpressionParser.Parse(Formula(form));
        var shape = FormulaShape.Of(formula);
        var values = shape.Names.Select((_, i) => 1.01m * (i + 1)).ToArray();
        var target = Quantity.From(98_765.43m, "");
        var targetRange = new QuantityInterval(Dimension.None, 98_765.425m, 98_765.435m, true, false);
        Quantity Face(int i) => Quantity.From(values[i], "");
        QuantityInterval Range(int i) => new(Dimension.None, values[i] - 0.005m, values[i] + 0.005m, true, false);
        var point = new RearrangeMemo<Quantity>();
        var range = new RearrangeMemo<QuantityInterval>();
        point.Reset(shape);
        range.Reset(shape);

        for (var slot = 0; slot < shape.Names.Count; slot++)
        {
            var path = shape.StepsForSlot(slot)!.Value;
            Assert.Equal(
                Rearranging.Rearrange(path, target, ExactArithmetic.Instance, Face, null),
                Rearranging.Rearrange(path, target, ExactArithmetic.Instance, Face, null, point));
            Assert.Equal(
                Rearranging.Rearrange(path, targetRange, IntervalArithmetic.Instance, Range, null),
                Rearranging.Rearrange(path, targetRange, IntervalArithmetic.Instance, Range, null, range));
        }
    }

    [Theory]
    [InlineData("+")]
    [InlineData("mixed")]
    public void Solving_every_term_of_a_sum_costs_operations_in_proportion_to_its_terms(string form)
    {
        // Alone, term i of an n-term sum undoes the n − i operations above it (and a doubled term's other operand, a part
        // of up to n nodes, is run again each time): n²/2 operations in all. Shared, each operation is done once.
        var counts = new[] { 50, 100, 200 }.Select(n => OperationsSolvingEveryTerm(Formula(form, n))).ToArray();

        var figures = $"operations at 50 / 100 / 200 terms: {string.Join(" / ", counts)}";
        Assert.True(counts[2] <= 2.2 * counts[1] && counts[1] <= 2.2 * counts[0], figures);
        Assert.True(counts[2] <= 6 * Terms, figures);
    }

    private static int OperationsSolvingEveryTerm(string text)
    {
        var shape = FormulaShape.Of(ExpressionParser.Parse(text));
        var arithmetic = new CountingArithmetic();
        var memo = new RearrangeMemo<Quantity>();
        memo.Reset(shape);
        for (var slot = 0; slot < shape.Names.Count; slot++)
        {
            Rearranging.Rearrange(shape.StepsForSlot(slot)!.Value, Quantity.From(1_000m, ""), arithmetic, _ => Quantity.From(2m, ""), null, memo);
        }

        return arithmetic.Operations;
    }

    private static string Name(int i) => "t" + i.ToString("000", CultureInfo.InvariantCulture);

    // "+": t000 + t001 + …; "mixed": every fourth term subtracted, every fifth of the rest doubled.
    private static string Formula(string form, int terms = Terms)
    {
        var text = new StringBuilder(Name(0));
        for (var i = 1; i < terms; i++)
        {
            text.Append(form == "mixed" && i % 4 == 3 ? " - " : " + ").Append(Name(i)).Append(form == "mixed" && i % 5 == 2 ? " * 2" : string.Empty);
        }

        return text.ToString();
    }

    private static string Request(decimal[] values, decimal total)
    {
        var figures = values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $$"""{"id": "{{Name(i)}}", "value": "{{v:0.00}}", "unit": "兆瓦時"}"""));
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {"organization": "Long Sum Co", "period": "2020",
             "figures": [{"id": "total", "value": "{{total:0.00}}", "unit": "兆瓦時"}, {{string.Join(", ", figures)}}],
             "relations": [{"id": "sum", "metric": "total", "formula": "{{Formula("+")}}"}]}
            """);
    }

    /// <summary>Exact arithmetic that counts its operations.</summary>
    private sealed class CountingArithmetic : IArithmetic<Quantity>
    {
        public int Operations { get; private set; }

        public Quantity Constant(Quantity value) => value;

        public Quantity Add(Quantity a, Quantity b) => Count(ExactArithmetic.Instance.Add(a, b));

        public Quantity Subtract(Quantity a, Quantity b) => Count(ExactArithmetic.Instance.Subtract(a, b));

        public Quantity Multiply(Quantity a, Quantity b) => Count(ExactArithmetic.Instance.Multiply(a, b));

        public Quantity Divide(Quantity a, Quantity b) => Count(ExactArithmetic.Instance.Divide(a, b));

        public Quantity Negate(Quantity a) => Count(ExactArithmetic.Instance.Negate(a));

        private Quantity Count(Quantity value)
        {
            Operations++;
            return value;
        }
    }
}
