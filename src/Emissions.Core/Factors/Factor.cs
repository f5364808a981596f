using Emissions.Quantities;

namespace Emissions.Factors;

/// <summary>A factor as published: stable id, exact value in its unit, applicability and provenance.</summary>
public sealed record Factor(
    string Id,
    FactorParameter Parameter,
    string? Basis,
    Measurement Value,
    string? Gas,
    string? GwpBasis,
    Applicability Applicability,
    VerificationStatus Verification,
    string Source,
    string? Note,
    Edition Edition)
{
    /// <summary>The factor's value in canonical units, for arithmetic with other quantities.</summary>
    /// <exception cref="QuantityException">The value overflows in canonical units.</exception>
    public Quantity Quantity => Value.Quantity;
}
