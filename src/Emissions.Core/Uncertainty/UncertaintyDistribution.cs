namespace Emissions.Uncertainty;

/// <summary>
/// The shape of an input's error. A percentage means what the GHG Protocol uncertainty tool and IPCC 2006 Vol. 1
/// Ch. 3 mean by it: for <see cref="Normal"/> the half-width of the 95 % confidence interval (σ = % ÷ 1.96); for
/// <see cref="Uniform"/> and <see cref="Triangular"/> the half-width of the range the value cannot leave.
/// </summary>
public enum UncertaintyDistribution
{
    /// <summary>A normal error; the percentage is the 95 % half-width (σ = % ÷ 1.96).</summary>
    Normal,
    /// <summary>A uniform error over ± the percentage.</summary>
    Uniform,
    /// <summary>A symmetric triangular error over ± the percentage, most likely at the value.</summary>
    Triangular,
}
