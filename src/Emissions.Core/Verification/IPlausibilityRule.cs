namespace Emissions.Verification;

/// <summary>A plausibility test over a request's figures; it raises flags, never verdicts.</summary>
public interface IPlausibilityRule
{
    IEnumerable<PlausibilityFlag> Evaluate(CheckRequest request);
}
