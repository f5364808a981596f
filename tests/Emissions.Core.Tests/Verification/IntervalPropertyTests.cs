using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Testing;
using Emissions.Verification;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// Soundness: for any printed inputs and any exact values inside their printed intervals, the
/// exact recomputation lies inside the interval recomputation.
/// </summary>
public class IntervalPropertyTests
{
    private static readonly string[] Formulas =
    [
        "a + b",
        "a - b",
        "a * b",
        "a / b",
        "(a + b) / c",
        "a / (b + c) * 100",
        "(1 - a / b) * 100",
        "yoy(a, b)",
        "a * b - c / b",
        "sum(a, b, c) / 3.6",
    ];

    /// <summary>A printed value (±0.001 to ±99,999,999 with 0–3 decimals) and a fraction of the way across its rounding interval;
    /// often 0, the closed lower end, where a bound rounded the wrong way would show.</summary>
    private static Gen<(decimal Printed, decimal Position)> Printed() =>
        from digits in Gen.Choose(1, 99_999_999)
        from scale in Gen.Choose(0, 3)
        from negative in Gen.Elements(false, false, false, true)
        from position in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 999_999)))
        select ((negative ? -digits : digits) / Pow10(scale), position / 1_000_000m);

    private static decimal Pow10(int n) => n == 0 ? 1m : 10m * Pow10(n - 1);

    [Fact]
    public void The_interval_of_a_relation_contains_the_exact_recomputation_from_any_values_inside_the_input_intervals()
    {
        var gen =
            from formula in Gen.Elements(Formulas)
            from a in Printed()
            from b in Printed()
            from c in Printed()
            select (formula, a, b, c);

        Prop.ForAll(gen.ToArbitrary(), sample =>
        {
            var (formula, a, b, c) = sample;
            var expr = ExpressionParser.Parse(formula);
            var inputs = new Dictionary<string, (decimal Printed, decimal Position)> { ["a"] = a, ["b"] = b, ["c"] = c };

            QuantityInterval Interval(string name)
            {
                var printed = inputs[name].Printed;
                var figure = new ReportedFigure(name, null, new Measurement(printed, UnitCatalog.Get("")));
                var p = figure.Interval(0.05m);
                return new QuantityInterval(Dimension.None, p.Low, p.High, p.LowClosed, p.HighClosed);
            }

            // An exact value inside [v − h, v + h): v − h + position · 2h, as a fraction.
            Rational Inside(string name)
            {
                var (printed, position) = inputs[name];
                var half = ReportedFigure.HalfUnit(printed.Scale);
                return Rational.From(printed - half + (position * 2m * half));
            }

            var interval = Emissions.Core.Tests.Metrics.Formulas.Evaluate(expr, IntervalArithmetic.Instance, Interval);
            Rational truth;
            try
            {
                truth = Emissions.Core.Tests.Metrics.Formulas.Evaluate(expr, RationalArithmetic.Instance, Inside);
            }
            catch (DivideByZeroException)
            {
                return true;
            }

            var aboveLow = interval.Low is not { } low || truth.CompareTo(low) > 0 || (truth.CompareTo(low) == 0 && interval.LowClosed);
            var belowHigh = interval.High is not { } high || truth.CompareTo(high) < 0 || (truth.CompareTo(high) == 0 && interval.HighClosed);
            return aboveLow && belowHigh;
        }).Check(PropertyRuns.Quick(1000));
    }

    [Fact]
    public void Interval_bounds_of_a_quotient_bracket_the_true_rational_value()
    {
        var gen = from n in Gen.Choose(1, 1_000_000) from d in Gen.Choose(1, 1_000_000) select (n, d);
        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var (n, d) = pair;
            var q = IntervalArithmetic.Instance.Divide(
                QuantityInterval.Point(n, Dimension.None), QuantityInterval.Point(d, Dimension.None));

            // low·d ≤ n ≤ high·d, computed exactly (both products fit in a decimal).
            return q.Low * d <= n && n <= q.High * d;
        }).Check(PropertyRuns.Quick(100));
    }
}
