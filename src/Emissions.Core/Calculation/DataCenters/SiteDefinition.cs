using Emissions.Metrics.Expressions;

namespace Emissions.Calculation.DataCenters;

/// <summary>
/// A <c>dc.*</c> definition over site figures: the figure it gives, its program over the site columns, the presence
/// bits of the figures it needs, and whether it is a ratio — a ratio of the fleet is the definition over the fleet's
/// sums (ISO/IEC 30134-2 aggregates energy, not ratios); any other figure of the fleet is the sum of the sites'.
/// </summary>
internal sealed record SiteDefinition(int Figure, CompiledFormula Formula, ulong Needs, bool IsRatio);
