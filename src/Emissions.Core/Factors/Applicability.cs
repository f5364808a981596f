namespace Emissions.Factors;

/// <summary>Where a factor applies: carrier or fuel, region code, data year, reporting years.</summary>
public sealed record Applicability(
    string? Carrier,
    string? Region,
    int? DataYear,
    int? ReportingYearFrom = null,
    int? ReportingYearTo = null,
    string? Ch4Convention = null);
