namespace Emissions.Metrics;

/// <summary>An intensity denominator: <c>.per-employee</c> → org.headcount, and so on.</summary>
public sealed record Denominator(string Suffix, string Metric, string NameEn, string NameZhHans, string NameZhHant)
{
    /// <summary>Per employee: divided by <c>org.headcount</c> (人均).</summary>
    public static readonly Denominator PerEmployee = new("per-employee", "org.headcount", "per employee", "人均", "人均");
    /// <summary>Per unit of revenue: divided by <c>org.revenue</c> (每万元营收).</summary>
    public static readonly Denominator PerRevenue = new("per-revenue", "org.revenue", "per unit revenue", "每万元营收", "每萬元營收");
    /// <summary>Per floor area: divided by <c>org.floor-area</c> (单位面积).</summary>
    public static readonly Denominator PerFloorArea = new("per-floor-area", "org.floor-area", "per floor area", "单位面积", "單位面積");

    /// <summary>Every denominator; each base metric with an intensity unit has one intensity per denominator.</summary>
    public static IReadOnlyList<Denominator> All { get; } = [PerEmployee, PerRevenue, PerFloorArea];
}
