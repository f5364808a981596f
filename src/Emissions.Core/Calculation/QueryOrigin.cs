namespace Emissions.Calculation;

/// <summary>
/// Where the parts of a line's factor query were given, so that a query the set cannot answer is refused at the member
/// to change: the carrier's (a fuel line's <c>fuel</c>) when the set has nothing for that carrier, else the region's —
/// the line's own <c>region</c>, or the request's that the line inherits, or, when no region applies, where one goes.
/// The paths are built only when a refusal reads them: a line that resolves pays for none.
/// </summary>
internal readonly struct QueryOrigin
{
    private const string LineOrRequest = "on this line or the request";

    private readonly Inventory.Inventory? _inventory;
    private readonly string _line;
    private readonly string? _carrierMember;
    private readonly string? _ownRegion;

    private QueryOrigin(Inventory.Inventory? inventory, string line, string? carrierMember, string? ownRegion)
    {
        _inventory = inventory;
        _line = line;
        _carrierMember = carrierMember;
        _ownRegion = ownRegion;
    }

    /// <summary>The member naming the carrier, or the line itself when its kind is the carrier (heat, electricity).</summary>
    public string CarrierField => _carrierMember is null ? _line : Member(_line, _carrierMember);

    /// <summary>The member the region was read from, or where a missing one is to be given.</summary>
    public string RegionField =>
        _ownRegion is not null || _inventory is null ? Member(_line, "region")
        : _inventory.Region is not null ? Member(_inventory.Root, "region")
        : _inventory.Electricity.Count > 0 ? Member(_inventory.Electricity[0].Path, "region")
        : IsHeat ? Member(_inventory.Root, "region") : Member(_line, "region");

    /// <summary>The region as written at <see cref="RegionField"/>; <see langword="null"/>: no region applies.</summary>
    public string? RegionValue =>
        _ownRegion is not null || _inventory is null ? _ownRegion
        : _inventory.Region ?? (_inventory.Electricity.Count > 0 ? _inventory.Electricity[0].Region : null);

    /// <summary>Where a region may be given, as the expectation words it.</summary>
    public string RegionPlaces => IsHeat ? "in the request (heat lines take the request's \"region\", else the country of its first electricity line)" : LineOrRequest;

    // A heat line has no member of its own to name: its kind is its carrier, and its region is the inventory's.
    private bool IsHeat => _inventory is not null && _carrierMember is null;

    /// <summary>An electricity line's or data center's grid query: the region is its own (required on an electricity line).</summary>
    public static QueryOrigin OwnRegion(string line, string? region) => new(null, line, null, region);

    /// <summary>A fuel line: its own <c>region</c>, else the one every line without a region inherits.</summary>
    public static QueryOrigin Fuel(Inventory.Inventory inventory, Inventory.FuelInput fuel) => new(inventory, fuel.Path, "fuel", fuel.Region);

    /// <summary>A heat line, which has no region of its own: the inventory's (<see cref="Inventory.Inventory.DefaultRegion"/>).</summary>
    public static QueryOrigin Heat(Inventory.Inventory inventory, Inventory.HeatInput heat) => new(inventory, heat.Path, null, null);

    // A bulk file's line is named by its rows ("meters.csv: 3 heat rows …"), which has no members to point into.
    private static string Member(string path, string name) => path.StartsWith('$') ? $"{path}.{name}" : path;
}
