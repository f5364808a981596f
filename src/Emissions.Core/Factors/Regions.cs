using System.Collections.Frozen;

namespace Emissions.Factors;

/// <summary>Region codes as the factor data use them: ISO 3166-1 countries, subnational codes "CN-North", "CN-HE", and GLOBAL.</summary>
internal static class Regions
{
    /// <summary>Applies everywhere (IPCC defaults, GWPs): used for any region without a fallback warning.</summary>
    public const string Global = "GLOBAL";

    /// <summary>
    /// Every region code an input may name: the grid regions of the MEE/NBS tables, the ISO 3166-2:CN
    /// provinces (so that any province falls back to the national factor where the set allows it), GB, US.
    /// </summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        "CN", "CN-North", "CN-Northeast", "CN-East", "CN-Central", "CN-Northwest", "CN-South", "CN-Southwest",
        "CN-AH", "CN-BJ", "CN-CQ", "CN-FJ", "CN-GD", "CN-GS", "CN-GX", "CN-GZ", "CN-HA", "CN-HB", "CN-HE", "CN-HI", "CN-HK",
        "CN-HL", "CN-HN", "CN-JL", "CN-JS", "CN-JX", "CN-LN", "CN-MO", "CN-NM", "CN-NX", "CN-QH", "CN-SC", "CN-SD", "CN-SH",
        "CN-SN", "CN-SX", "CN-TJ", "CN-TW", "CN-XJ", "CN-XZ", "CN-YN", "CN-ZJ",
        "GB", "US", Global,
    ];

    private static readonly FrozenSet<string> KnownSet = Known.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string region) => KnownSet.Contains(region);

    /// <summary>
    /// The code as the one shared instance in <see cref="Known"/>, or null when it is not known: lines read with the
    /// same region then hold the same string, which line grouping compares by reference before comparing text.
    /// </summary>
    public static string? Canonical(string region) => KnownSet.TryGetValue(region, out var known) ? known : null;

    /// <summary>The national code of a subnational one ("CN" for "CN-North" and "CN-HE"); null for a national or global code.</summary>
    public static string? NationalOf(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var dash = region.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && region != Global ? region[..dash] : null;
    }
}
