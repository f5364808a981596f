namespace Emissions.Quantities;

/// <summary>A spelling refused because it has more than one reading ("tons", "gal"), with the readings to choose from.</summary>
internal sealed record AmbiguousUnitInfo(string Symbol, string Readings, IReadOnlyList<string> Choices);
