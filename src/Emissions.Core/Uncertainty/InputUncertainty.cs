namespace Emissions.Uncertainty;

/// <summary>
/// The uncertainty of one kind of activity data as a whole (<see cref="UncertaintyInputs"/>: "electricity" is every
/// electricity line), as the GHG Protocol tool takes it per source and IPCC Approach 1 per category: one error shared by
/// every line of the kind, so a metering bias of ±2 % moves every electricity line together.
/// </summary>
/// <param name="Input">The kind of activity data, one of <see cref="UncertaintyInputs.All"/>.</param>
/// <param name="Percent">The relative uncertainty in percent (see <see cref="UncertaintyDistribution"/> for what it bounds).</param>
/// <param name="Distribution">The error's shape.</param>
public sealed record InputUncertainty(string Input, decimal Percent, UncertaintyDistribution Distribution);
