using System.Globalization;

namespace Emissions.Factors;

/// <summary>A factor as the CLI and the service show it: wire names, the value as published ("0.5810").</summary>
internal sealed record FactorDto(
    string Id,
    string Parameter,
    string? Basis,
    string Value,
    string Unit,
    string? Gas,
    string? GwpBasis,
    FactorDto.ApplicabilityDto Applicability,
    string Verification,
    string Source,
    string? Note,
    string Edition)
{
    public static FactorDto From(Factor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        var a = factor.Applicability;
        return new FactorDto(
            factor.Id,
            factor.Parameter.ToWire(),
            factor.Basis,
            factor.Value.Value.ToString(CultureInfo.InvariantCulture),
            factor.Value.Unit.Symbol,
            factor.Gas,
            factor.GwpBasis,
            new ApplicabilityDto(a.Carrier, a.Region, a.DataYear,
                a.ReportingYearFrom is null && a.ReportingYearTo is null ? null : [a.ReportingYearFrom, a.ReportingYearTo], a.Ch4Convention),
            factor.Verification.ToWire(),
            factor.Source,
            factor.Note,
            factor.Edition.Path);
    }

    public sealed record ApplicabilityDto(string? Carrier, string? Region, int? DataYear, IReadOnlyList<int?>? ReportingYears, string? Ch4Convention);
}
