namespace Emissions.Attribution;

/// <summary>
/// One way the printed totals may have been calculated: a factor set as shipped, or with one factor of the library in
/// place of one the set used (<see cref="Factor"/> replacing <see cref="Replaces"/>: a grid factor, calorific value,
/// fuel CO2 factor, heat factor …) or with another assessment report's GWPs; and what it gives for one printed total.
/// </summary>
/// <param name="FactorSet">The set's id.</param>
/// <param name="GridFactor">The library grid factor put in place of the set's (id, value and unit, verification) when the replaced factor is a grid factor, else null (kept for callers of 0.6; <see cref="Factor"/> names every replacement).</param>
/// <param name="Value">What the calculation gives for the total, in the metric's canonical unit.</param>
/// <param name="Unit">That unit.</param>
/// <param name="Gap">Calculated minus printed, in the same unit.</param>
/// <param name="RelativeGap">The gap relative to the printed total, in percent (6 decimal places).</param>
/// <param name="Reproduces">Whether the calculated value prints as the printed total at its printed precision.</param>
public sealed record AttributionCandidate(string FactorSet, AttributedFactor? GridFactor, string Value, string Unit, string Gap, string RelativeGap, bool Reproduces)
{
    /// <summary>The library factor (or GWP edition: id its path, value "AR6", unit "GWP-100") put in place of <see cref="Replaces"/>; null: the set as shipped.</summary>
    public AttributedFactor? Factor { get; init; }

    /// <summary>The set's factor id the <see cref="Factor"/> replaces ("AR5 GWPs (…)" for an assessment report); null: the set as shipped.</summary>
    public string? Replaces { get; init; }

    /// <summary>The combination in words: "cn-2022" or "cn-2020 with cn-mee/electricity/2022:north (0.6776 tCO2/MWh)".</summary>
    public string Label => Factor is null ? FactorSet : $"{FactorSet} with {Factor.Id} ({Factor.Value} {Factor.Unit})";
}

/// <summary>A library factor as an attribution names it: id, value as published, unit, edition title and verification status.</summary>
/// <param name="Id">The factor id.</param>
/// <param name="Value">The value as published.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Edition">The edition's title.</param>
/// <param name="Verification">confirmed, secondary or unverified.</param>
public sealed record AttributedFactor(string Id, string Value, string Unit, string Edition, string Verification);
