namespace Emissions.Uncertainty;

/// <summary>How much of a figure's variance one source causes (first order), in percent: where an auditor should look first.</summary>
/// <param name="Source">The source's name (a kind of activity data or a factor id).</param>
/// <param name="Percent">Its share of the variance.</param>
public sealed record SourceShare(string Source, decimal Percent);
