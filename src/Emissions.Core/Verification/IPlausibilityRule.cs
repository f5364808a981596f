namespace Emissions.Verification;

/// <summary>A plausibility test over a request's figures; it raises flags, never verdicts.</summary>
public interface IPlausibilityRule
{
    /// <summary>The flags this rule raises on the request's figures; none when it finds nothing implausible.</summary>
    /// <param name="request">The figures as printed.</param>
    IEnumerable<PlausibilityFlag> Evaluate(CheckRequest request);
}
