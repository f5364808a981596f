namespace Emissions.Core.Tests.Fuzzing;

/// <summary>What one input did to a parser: refused with the documented error, parsed (and printed back), or broke a promise.</summary>
public enum FuzzVerdict
{
    Refused,
    Parsed,

    /// <summary>An exception other than the documented parse error escaped.</summary>
    Exception,

    /// <summary>What parsed printed to text that does not parse back to the same thing.</summary>
    RoundTrip,
}

/// <summary>A property's answer for one input; <see cref="Detail"/> says what went wrong for the two failing verdicts.</summary>
public readonly record struct FuzzOutcome(FuzzVerdict Verdict, string? Detail = null)
{
    public static FuzzOutcome Refused { get; } = new(FuzzVerdict.Refused);

    public static FuzzOutcome Parsed { get; } = new(FuzzVerdict.Parsed);

    public bool IsViolation => Verdict is FuzzVerdict.Exception or FuzzVerdict.RoundTrip;

    public static FuzzOutcome Escaped(Exception ex) => new(FuzzVerdict.Exception, $"{ex?.GetType().Name}: {ex?.Message}");

    public static FuzzOutcome RoundTripFailed(string detail) => new(FuzzVerdict.RoundTrip, detail);
}
