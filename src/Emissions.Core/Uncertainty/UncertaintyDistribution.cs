namespace Emissions.Uncertainty;

/// <summary>
/// The shape of an input's error. A percentage means what the GHG Protocol uncertainty tool and IPCC 2006 Vol. 1
/// Ch. 3 mean by it: for <see cref="Normal"/> the half-width of the 95 % confidence interval (σ = % ÷ 1.96); for
/// <see cref="Uniform"/> and <see cref="Triangular"/> the half-width of the range the value cannot leave.
/// </summary>
public enum UncertaintyDistribution
{
    Normal,
    Uniform,
    Triangular,
}
