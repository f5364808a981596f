using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>A computed figure: metric id, exact value in its unit, optional site, and its trace.</summary>
public sealed record MetricValue(string Id, Quantity Quantity, Unit Unit, string? Site, Trace Trace)
{
    /// <summary>The exact value in <see cref="Unit"/>; repeating fractions carry 28 significant digits.</summary>
    public decimal Value => Quantity.As(Unit);

    public string ValueText => DecimalText.Exact(Value);
}
