using Emissions.Quantities;

namespace Emissions.Factors;

/// <summary>A user's inline replacement for one factor id; recorded in the trace as an override.</summary>
public sealed record FactorOverride(string FactorId, Measurement Value);
