using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

public class IntervalArithmeticTests
{
    private static readonly IntervalArithmetic Arithmetic = IntervalArithmetic.Instance;

    private static QuantityInterval Closed(decimal low, decimal high, Dimension? dimension = null) =>
        new(dimension ?? Dimension.None, low, high, true, true);

    [Fact]
    public void One_third_is_enclosed_by_bounds_rounded_outward()
    {
        var third = Arithmetic.Divide(Closed(1m, 1m), Closed(3m, 3m));

        Assert.True(third.Low * 3m < 1m);
        Assert.True(third.High * 3m > 1m);
        Assert.True(third.High - third.Low < 1e-26m);
    }

    [Fact]
    public void Exact_quotients_are_not_widened()
    {
        var quarter = Arithmetic.Divide(Closed(1m, 1m), Closed(4m, 4m));

        Assert.Equal(0.25m, quarter.Low);
        Assert.Equal(0.25m, quarter.High);
    }

    [Fact]
    public void Dividing_by_an_interval_straddling_zero_gives_the_entire_line()
    {
        var result = Arithmetic.Divide(Closed(1m, 2m), Closed(-1m, 1m));

        Assert.True(result.IsEntire);
    }

    [Fact]
    public void Dividing_by_an_interval_that_starts_at_zero_is_unbounded_above_only()
    {
        var result = Arithmetic.Divide(Closed(1m, 2m), new QuantityInterval(Dimension.None, 0m, 0.08m, true, false));

        Assert.Equal(12.5m, result.Low);
        Assert.False(result.LowClosed);
        Assert.Null(result.High);
    }

    [Fact]
    public void Open_ends_stay_open_through_addition()
    {
        var below8 = new QuantityInterval(Dimension.None, 0m, 0.08m, true, false);
        var below5 = new QuantityInterval(Dimension.None, 0m, 0.05m, true, false);

        var sum = Arithmetic.Add(Arithmetic.Constant(Quantity.Ratio(1m)), Arithmetic.Add(below8, below5));

        Assert.Equal(new QuantityInterval(Dimension.None, 1m, 1.13m, true, false), sum);
        Assert.False(sum.Contains(1.13m));
    }

    [Fact]
    public void Multiplying_signed_intervals_takes_the_extreme_corners()
    {
        var product = Arithmetic.Multiply(Closed(-2m, 3m), Closed(-5m, 4m));

        Assert.Equal(Closed(-15m, 12m), product);
    }

    [Fact]
    public void A_closed_zero_times_an_unbounded_interval_includes_zero()
    {
        var product = Arithmetic.Multiply(Closed(0m, 1m), new QuantityInterval(Dimension.None, 1m, null, true, false));

        Assert.Equal(0m, product.Low);
        Assert.True(product.LowClosed);
        Assert.Null(product.High);
    }

    [Fact]
    public void Adding_different_kinds_is_refused()
    {
        var energy = Closed(1m, 2m, Dimension.EnergyDim);
        var mass = Closed(1m, 2m, Dimension.MassDim);

        var error = Assert.Throws<QuantityException>(() => Arithmetic.Add(energy, mass));
        Assert.Equal(QuantityError.IncompatibleKinds, error.Error);
    }

    [Fact]
    public void Dividing_kinds_combines_their_dimensions()
    {
        var perPerson = Arithmetic.Divide(Closed(10m, 10m, Dimension.Co2eDim), Closed(2m, 2m, Dimension.PersonDim));

        Assert.Equal(Dimension.Co2eDim / Dimension.PersonDim, perPerson.Dimension);
        Assert.Equal(5m, perPerson.Low);
    }

    [Fact]
    public void Overflow_makes_a_bound_unbounded_rather_than_wrong()
    {
        var huge = Closed(7e28m, 7e28m);

        var sum = Arithmetic.Add(huge, huge);

        Assert.Null(sum.High);
        Assert.True(sum.Contains(7e28m));
    }

    [Fact]
    public void Touching_intervals_overlap_only_when_both_ends_are_closed()
    {
        var a = new QuantityInterval(Dimension.None, 0m, 1m, true, false);
        var b = new QuantityInterval(Dimension.None, 1m, 2m, true, true);

        Assert.False(a.Overlaps(b));
        Assert.True((a with { HighClosed = true }).Overlaps(b));
    }
}
