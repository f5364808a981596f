using System.Text.Json;

namespace Emissions.Factors.Loading;

/// <summary>
/// Every edition, factor, blend and set found in one or more factor directories, validated.
/// Load it once at start-up; it is immutable afterwards and safe to share between threads.
/// </summary>
public sealed class FactorLibrary : IFactorSetSource
{
    private readonly Dictionary<string, Factor> _factors;
    private readonly Dictionary<string, RefrigerantBlend> _blends;
    private readonly Dictionary<string, FactorSet> _sets;

    internal FactorLibrary(
        IReadOnlyList<string> directories,
        IReadOnlyList<Edition> editions,
        IReadOnlyList<Factor> factors,
        IReadOnlyList<RefrigerantBlend> blends,
        IReadOnlyList<FactorSet> sets,
        IReadOnlyDictionary<object, (string File, string Path)> locations)
    {
        Locations = locations;
        Directories = directories;
        Editions = editions;
        Factors = factors;
        Blends = blends;
        Sets = sets;
        _factors = factors.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _blends = blends.ToDictionary(b => b.Id, StringComparer.Ordinal);
        _sets = sets.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase); // "CN-2023" as printed finds cn-2023
    }

    /// <summary>Where each factor and blend was read: file relative to its directory, JSON path.</summary>
    internal IReadOnlyDictionary<object, (string File, string Path)> Locations { get; }

    /// <summary>The directories loaded, in the order given.</summary>
    public IReadOnlyList<string> Directories { get; }

    /// <summary>Editions sorted by path.</summary>
    public IReadOnlyList<Edition> Editions { get; }

    /// <summary>Factors by edition path, then in file order.</summary>
    public IReadOnlyList<Factor> Factors { get; }

    public IReadOnlyList<RefrigerantBlend> Blends { get; }

    /// <summary>Sets sorted by id, each with its content hash.</summary>
    public IReadOnlyList<FactorSet> Sets { get; }

    /// <summary>
    /// Reads and validates the given factor directories (the repository's factors/ and any user
    /// directories). Throws one <see cref="FactorLibraryException"/> listing every problem found.
    /// </summary>
    public static FactorLibrary Load(params string[] directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        return new FactorLibraryReader().Read(directories);
    }

    /// <summary>
    /// The shipped factor library with no path: $EMISSIONS_FACTORS_DIR if set, else the factors/ the Emissions.Factors
    /// package copies beside the application, else the nearest factors/ above it (a checkout of the repository).
    /// </summary>
    public static FactorLibrary LoadShipped()
    {
        var directory = FactorDirectories.FindDefault()
            ?? throw new FactorLibraryException(
                $"the shipped factors/ is not beside the application ({AppContext.BaseDirectory}) nor above it; " +
                $"reference the Emissions.Factors package, or set {FactorDirectories.EnvironmentVariable}");
        return Load(directory);
    }

    /// <summary>
    /// Validates one factor-set definition (the content of a sets/&lt;id&gt;.json file, e.g. an
    /// organisation's custom set) against this library's editions, with the same schema and checks as
    /// the shipped sets: editions exist, conventions are satisfiable, no two factors overlap. Returns the
    /// set with its content hash; the same definition always gives the same hash. Throws
    /// <see cref="FactorLibraryException"/> whose errors carry <paramref name="sourceName"/> and the JSON path.
    /// </summary>
    public FactorSet ValidateSet(JsonElement definition, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return new FactorLibraryReader(this).ValidateSet(definition, sourceName);
    }

    public Factor? FindFactor(string id) => _factors.GetValueOrDefault(id);

    public RefrigerantBlend? FindBlend(string id) => _blends.GetValueOrDefault(id);

    IReadOnlyList<string> IFactorSetSource.SetIds => [.. Sets.Select(s => s.Id)];

    FactorSet? IFactorSetSource.Find(string id) => _sets.GetValueOrDefault(id);

    public bool TryGetSet(string id, out FactorSet? set) => _sets.TryGetValue(id, out set);

    /// <summary>The set with this id; an unknown id is a <see cref="NoFactorSetException"/> listing the known sets.</summary>
    public FactorSet GetSet(string id) =>
        _sets.TryGetValue(id, out var set)
            ? set
            : throw new NoFactorSetException(null, id, $"there is no factor set '{id}'", _sets.Keys);

    /// <summary>The sets that include an edition, sorted by id.</summary>
    public IReadOnlyList<FactorSet> SetsContaining(string editionPath) =>
        [.. Sets.Where(s => s.Editions.Contains(editionPath, StringComparer.Ordinal))];

    public FactorResolver CreateResolver(string setId, IReadOnlyList<FactorOverride>? overrides = null) => new(GetSet(setId), overrides);
}
