namespace Emissions.Uncertainty;

/// <summary>
/// One independent error of a calculation: a kind of activity data (every line of it) or one factor (every line
/// that uses it), with the uncertainty given to it and where that came from.
/// </summary>
/// <param name="Name">The kind of activity data ("electricity") or the factor id.</param>
/// <param name="Kind">"activity" or "factor".</param>
/// <param name="Percent">The relative uncertainty in percent (95 % half-width for a normal error, the range's half-width otherwise).</param>
/// <param name="Distribution">The error's shape.</param>
/// <param name="Basis">Where the percentage came from: "request", "published range" or "documented default".</param>
public sealed record UncertaintySource(string Name, string Kind, decimal Percent, UncertaintyDistribution Distribution, string Basis)
{
    /// <summary>The <see cref="Kind"/> of a source that is a kind of activity data.</summary>
    public const string Activity = "activity";
    /// <summary>The <see cref="Kind"/> of a source that is one factor.</summary>
    public const string Factor = "factor";

    /// <summary>The error's relative standard deviation: the statistics' one conversion from a percentage (a double from here on).</summary>
    public double RelativeSigma => (double)Percent / 100 / Distribution switch
    {
        UncertaintyDistribution.Normal => 1.959963984540054,
        UncertaintyDistribution.Uniform => Math.Sqrt(3),
        _ => Math.Sqrt(6),
    };
}
