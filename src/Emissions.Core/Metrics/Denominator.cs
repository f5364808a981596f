namespace Emissions.Metrics;

/// <summary>An intensity denominator: <c>.per-employee</c> → org.headcount, and so on.</summary>
public sealed record Denominator(string Suffix, string Metric, string NameEn, string NameZhHans, string NameZhHant)
{
    public static readonly Denominator PerEmployee = new("per-employee", "org.headcount", "per employee", "人均", "人均");
    public static readonly Denominator PerRevenue = new("per-revenue", "org.revenue", "per unit revenue", "每万元营收", "每萬元營收");
    public static readonly Denominator PerFloorArea = new("per-floor-area", "org.floor-area", "per floor area", "单位面积", "單位面積");

    public static IReadOnlyList<Denominator> All { get; } = [PerEmployee, PerRevenue, PerFloorArea];
}
