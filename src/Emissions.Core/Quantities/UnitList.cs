namespace Emissions.Quantities;

/// <summary>The accepted unit spellings, the scale words and the ambiguous spellings: the body of GET /v1/units and of `emissions units --format json`.</summary>
internal sealed record UnitList(IReadOnlyList<UnitInfo> Units, IReadOnlyList<ScaleWordInfo> ScaleWords, IReadOnlyList<AmbiguousUnitInfo> Ambiguous);
