namespace Emissions.Quantities;

/// <summary>
/// Where a person can look for what a rejected quantity should have been. Core says which pointer applies; each
/// surface renders its own words for it (the service a resource or request option, the command line a flag or a
/// README section), so a message shared by both never points a CLI user at an HTTP resource.
/// </summary>
public enum QuantityHint
{
    /// <summary>No pointer beyond the expected text.</summary>
    None,

    /// <summary>The list of every unit spelling (the service's GET /v1/units).</summary>
    UnitList,

    /// <summary>The decimal-comma number format, for a number printed as 1.234,5 or 1 234,5.</summary>
    DecimalComma,
}
