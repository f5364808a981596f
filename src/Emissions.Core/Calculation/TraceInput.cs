namespace Emissions.Calculation;

/// <summary>One input to a figure: a JSON path or metric id, its value and unit as used.</summary>
public sealed record TraceInput(string Field, string Value, string Unit);
