namespace Emissions.Factors;

/// <summary>Region codes as the factor data use them: ISO 3166-1 countries, subnational codes "CN-North", "CN-HE", and GLOBAL.</summary>
public static class Regions
{
    /// <summary>Applies everywhere (IPCC defaults, GWPs): used for any region without a fallback warning.</summary>
    public const string Global = "GLOBAL";

    /// <summary>The national code of a subnational one ("CN" for "CN-North" and "CN-HE"); null for a national or global code.</summary>
    public static string? NationalOf(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var dash = region.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && region != Global ? region[..dash] : null;
    }
}
