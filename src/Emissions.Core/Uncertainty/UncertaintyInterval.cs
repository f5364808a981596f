namespace Emissions.Uncertainty;

/// <summary>A 95 % interval of a figure, in the figure's unit, its ends rounded outward (<see cref="StatisticsBoundary"/>).</summary>
/// <param name="Low">The low end.</param>
/// <param name="High">The high end.</param>
public sealed record UncertaintyInterval(decimal Low, decimal High)
{
    /// <summary>The interval as exact text: "[low, high]".</summary>
    public override string ToString() => $"[{Quantities.DecimalText.Exact(Low)}, {Quantities.DecimalText.Exact(High)}]";
}
