namespace Emissions.Api.Submissions;

/// <summary>
/// One computed metric (id, with "@site" for a site's figure) in two revisions: the exact values in the metric's unit, the exact
/// difference and the relative change in per cent (exact to decimal's 28 digits; null without a non-zero earlier value).
/// </summary>
public sealed record MetricChange(string Field, string Id, string Unit, decimal? From, decimal? To)
{
    public decimal? Change => From is { } a && To is { } b ? Subtract(b, a) : null;

    public decimal? Percent => Change is { } change && From is { } a && a != 0m ? Divide(change * 100m, Math.Abs(a)) : null;

    public bool Changed => From != To;

    private static decimal? Subtract(decimal b, decimal a)
    {
        try
        {
            return b - a;
        }
        catch (OverflowException)
        {
            return null; // beyond decimal's range: the two values are shown, the difference is not invented
        }
    }

    private static decimal? Divide(decimal a, decimal b)
    {
        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
