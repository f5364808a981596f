namespace Emissions.Contract.Calculations;

/// <summary>Lines <see cref="From"/> to <see cref="To"/> (both included) of a calculation answer's <c>lines</c>.</summary>
internal sealed record LineRange(int From, int To);
