namespace Emissions.Diagnostics;

/// <summary>The stable warning codes (the contract's <c>diagnostics[].code</c>); a message may be reworded, a code is not.</summary>
public static class WarningCodes
{
    /// <summary>No factor set named: the default for the country and year was used.</summary>
    public const string DefaultFactorSet = "default-factor-set";

    /// <summary>A unit with two readings (<c>MT</c>, <c>therm</c>) was read by its documented default; the other reading is named.</summary>
    public const string AmbiguousUnit = "ambiguous-unit";

    /// <summary>A printed total (<c>totals</c>) differs from the sum of its components; the total is used.</summary>
    public const string GivenTotalDiffers = "given-total-differs";

    /// <summary>A derived figure is not computed: its definition divides by zero (a share of a zero whole).</summary>
    public const string NotComputed = "not-computed";

    /// <summary>A greenhouse gas of a fuel's combustion is not counted: the set has no factor for it.</summary>
    public const string GasNotCounted = "gas-not-counted";

    /// <summary>Market-based scope 2 is not computed: the set has no residual-mix factor.</summary>
    public const string MarketScope2NotComputed = "market-scope2-not-computed";

    /// <summary>A national factor stands in for a region the set has no factor for.</summary>
    public const string RegionFallback = "region-fallback";

    /// <summary>A factor of an earlier data year stands in (the set allows it).</summary>
    public const string DataYearFallback = "data-year-fallback";

    /// <summary>The set's factor is for another data year than the set's reporting year.</summary>
    public const string DataYearDiffers = "data-year-differs";

    /// <summary>A factor was overridden by the request.</summary>
    public const string FactorOverridden = "factor-overridden";

    /// <summary>A factor (or refrigerant blend) has one secondary source, or is a third-party copy.</summary>
    public const string FactorSecondary = "factor-secondary";

    /// <summary>A factor (or blend) is unverified or only widely quoted.</summary>
    public const string FactorUnverified = "factor-unverified";

    /// <summary>The fleet's PUE is the energy-weighted one, unlike the mean of the sites' PUEs.</summary>
    public const string FleetPueWeighted = "fleet-pue-weighted";

    /// <summary>Data centers of a region used more facility energy than its electricity lines hold: the gap is in no scope-2 figure.</summary>
    public const string DataCenterEnergyNotInScope2 = "data-center-energy-not-in-scope2";
}
