namespace Emissions.Uncertainty;

/// <summary>
/// One independent error of a calculation: a kind of activity data (every line of it) or one factor (every line
/// that uses it), with the uncertainty given to it and where that came from.
/// </summary>
/// <param name="Name">The kind of activity data ("electricity") or the factor id.</param>
/// <param name="Kind">"activity" or "factor".</param>
/// <param name="Percent">The relative uncertainty in percent (95 % half-width for a normal error, the range's half-width otherwise); for a published range, the larger of its two sides.</param>
/// <param name="Distribution">The error's shape.</param>
/// <param name="Basis">Where the percentage came from: "request", "published range …" or "documented default …".</param>
public sealed record UncertaintySource(string Name, string Kind, decimal Percent, UncertaintyDistribution Distribution, string Basis)
{
    /// <summary>The <see cref="Kind"/> of a source that is a kind of activity data.</summary>
    public const string Activity = "activity";
    /// <summary>The <see cref="Kind"/> of a source that is one factor.</summary>
    public const string Factor = "factor";

    /// <summary>A published range's side below the value, in percent (positive); null when the error is symmetric.</summary>
    public decimal? Below { get; init; }

    /// <summary>A published range's side above the value, in percent; null when the error is symmetric.</summary>
    public decimal? Above { get; init; }

    /// <summary>The published range as printed ("46.5–50.4 TJ/Gg"); null for a percentage given or defaulted.</summary>
    public string? Range { get; init; }

    /// <summary>Where the published range is printed (table, row, page); null for a percentage given or defaulted.</summary>
    public string? RangeSource { get; init; }

    /// <summary>The published range's lower limit, in <see cref="RangeUnit"/>; null for a percentage given or defaulted.</summary>
    public decimal? Lower { get; init; }

    /// <summary>The published range's upper limit, in <see cref="RangeUnit"/>; null for a percentage given or defaulted.</summary>
    public decimal? Upper { get; init; }

    /// <summary>The unit of <see cref="Lower"/> and <see cref="Upper"/> (the factor's); null for a percentage given or defaulted.</summary>
    public string? RangeUnit { get; init; }

    /// <summary>The confidence level of the published range in percent (95, the only level factor files accept); null for a percentage given or defaulted.</summary>
    public int? Confidence { get; init; }

    /// <summary>The error's relative standard deviation: the statistics' one conversion from a percentage (a double from here on).</summary>
    public double RelativeSigma => (double)Percent / 100 / Distribution switch
    {
        UncertaintyDistribution.Normal => 1.959963984540054,
        UncertaintyDistribution.Uniform => Math.Sqrt(3),
        _ => Math.Sqrt(6),
    };
}
