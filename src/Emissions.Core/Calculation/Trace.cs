namespace Emissions.Calculation;

/// <summary>How a figure was obtained: the formula, every input and every factor with its source.</summary>
public sealed record Trace(string Formula, IReadOnlyList<TraceInput> Inputs, IReadOnlyList<TraceFactor> Factors, IReadOnlyList<string> Notes);
