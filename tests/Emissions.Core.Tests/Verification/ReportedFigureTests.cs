using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

public class ReportedFigureTests
{
    private static ReportedFigure Figure(string printed, Qualifier qualifier = Qualifier.Exact, string? metric = null) =>
        new("x", metric, Measurement.Parse(printed), qualifier);

    [Fact]
    public void An_exact_figure_stands_for_half_a_unit_of_its_last_printed_digit_either_side()
    {
        Assert.Equal(new PrintedInterval(69.435m, 69.445m, true, false), Figure("69.44 萬噸").Interval(0.05m));
        Assert.Equal(new PrintedInterval(13_543.845m, 13_543.855m, true, false), Figure("13,543.85 MWh").Interval(0.05m));
    }

    [Fact]
    public void A_headcount_printed_as_an_integer_is_exact()
    {
        Assert.Equal(new PrintedInterval(21_499m, 21_499m, true, true), Figure("21,499 人").Interval(0.05m));
    }

    [Theory]
    [InlineData(Qualifier.Below, 0, 8, true, false)]
    [InlineData(Qualifier.AtMost, 0, 8, true, true)]
    [InlineData(Qualifier.About, 7.5, 8.5, true, false)]
    [InlineData(Qualifier.Nearly, 7.6, 8, true, true)]
    public void Qualified_catalogue_figures_are_bounded_below_by_zero(Qualifier qualifier, double low, double high, bool lowClosed, bool highClosed)
    {
        var interval = Figure("8 %", qualifier, "dc.clf").Interval(0.05m);

        Assert.Equal(new PrintedInterval((decimal)low, (decimal)high, lowClosed, highClosed), interval);
    }

    [Fact]
    public void Above_is_open_and_unbounded_upwards()
    {
        Assert.Equal(new PrintedInterval(1m, null, false, false), Figure("1 亿度", Qualifier.Above).Interval(0.05m));
        Assert.Equal(new PrintedInterval(1m, null, true, false), Figure("1 亿度", Qualifier.AtLeast).Interval(0.05m));
    }

    [Fact]
    public void Below_for_a_pure_number_without_a_metric_is_unbounded_downwards_because_it_may_be_a_change()
    {
        Assert.Equal(new PrintedInterval(null, 5m, false, false), Figure("5 %", Qualifier.Below).Interval(0.05m));
    }

    [Fact]
    public void About_reaches_the_tolerance_either_side_but_never_less_than_the_rounding_interval()
    {
        Assert.Equal(new PrintedInterval(23.75m, 26.25m, true, true), Figure("25 %", Qualifier.About).Interval(0.05m));
        Assert.Equal(new PrintedInterval(0.5m, 1.5m, true, false), Figure("1", Qualifier.About).Interval(0.01m));
    }

    [Fact]
    public void An_integer_with_trailing_zeros_can_be_read_as_rounded_to_the_thousand()
    {
        var figure = Figure("11,653,000 kWh");

        Assert.Equal(3, figure.TrailingZeros);
        Assert.Equal(new PrintedInterval(11_652_500m, 11_653_500m, true, false), figure.SignificantFigureInterval());
        Assert.Null(Figure("11,653.00 kWh").SignificantFigureInterval());
    }

    [Fact]
    public void A_round_integer_at_the_decimal_limit_has_a_wider_reading_open_above()
    {
        // 79,000,000,000,000,000,000,000,000,000 kg + 5 × 10^26 would pass decimal's largest value (7.92… × 10^28).
        var figure = Figure("79,000,000,000,000,000,000,000,000,000 kg");

        Assert.Equal(new PrintedInterval(78_500_000_000_000_000_000_000_000_000m, null, true, false), figure.SignificantFigureInterval());
        Assert.Equal(new PrintedInterval(null, -78_500_000_000_000_000_000_000_000_000m, false, false), Figure("-79,000,000,000,000,000,000,000,000,000 kg").SignificantFigureInterval());
    }

    [Theory]
    [InlineData("100 MWh", 1, 95, 105)]
    [InlineData("13,000 人", 3, 12_500, 13_500)]
    [InlineData("40 MWh", 0, 0, 0)]
    public void The_wider_reading_keeps_at_least_two_significant_digits(string printed, int zeros, int low, int high)
    {
        var figure = Figure(printed);

        Assert.Equal(zeros, figure.RoundingZeros);
        Assert.Equal(zeros == 0 ? null : new PrintedInterval(low, high, true, false), figure.SignificantFigureInterval());
    }
}
