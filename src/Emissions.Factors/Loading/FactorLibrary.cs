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

    /// <summary>The catalogue image this library was read from (ADR 0021); <see langword="null"/> when it was read from the files.</summary>
    public string? Image { get; internal set; }

    /// <summary>The directories loaded, in the order given.</summary>
    public IReadOnlyList<string> Directories { get; }

    /// <summary>Editions sorted by path.</summary>
    public IReadOnlyList<Edition> Editions { get; }

    /// <summary>Factors by edition path, then in file order.</summary>
    public IReadOnlyList<Factor> Factors { get; }

    /// <summary>Refrigerant blends (R-410A …) by edition path, then in file order; their GWP is the mass-weighted sum of their components'.</summary>
    public IReadOnlyList<RefrigerantBlend> Blends { get; }

    /// <summary>Sets sorted by id, each with its content hash.</summary>
    public IReadOnlyList<FactorSet> Sets { get; }

    /// <summary>
    /// Reads and validates the given factor directories (the repository's factors/ and any user
    /// directories). Throws one <see cref="FactorLibraryException"/> listing every problem found.
    /// </summary>
    /// <param name="directories">Factor directories, each laid out like the repository's factors/ (editions/, sets/, optionally schema/).</param>
    /// <exception cref="FactorLibraryException">Any file does not validate; every problem found is listed with its file and JSON path.</exception>
    /// <remarks>
    /// Files whose text passed their schema in an earlier load are not validated against it again: their keys (a hash of
    /// the schema and the file's text) are kept in a validation snapshot in $EMISSIONS_CACHE_DIR (default
    /// ~/.cache/emissions; <c>off</c> validates every file every time). An edited or new file has a new key and is
    /// validated in full. The loaded library itself is kept there too, as a binary image keyed by a hash of every file
    /// of the directories, the schemas and the program (ADR 0021): a load whose files have not changed reads that image
    /// instead of the JSON; any change to any file is a full load, which gives the same errors as ever.
    /// </remarks>
    public static FactorLibrary Load(params string[] directories) => Load(ValidationSnapshot.Default(), directories);

    /// <summary>Reads the directories with the given validation snapshot (<see cref="ValidationSnapshot.Off"/>: validate every file).</summary>
    internal static FactorLibrary Load(ValidationSnapshot snapshot, params string[] directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var image = CatalogueSnapshot.For(snapshot.Folder, directories);
        if (image?.TryRead() is { } cached)
        {
            return cached;
        }

        var library = new FactorLibraryReader(snapshot).Read(directories);
        _ = image?.Write(library);
        return library;
    }

    /// <summary>
    /// Reads the directories from their files (every file validated against its schema, every rule checked) and writes
    /// the catalogue image of the library into <paramref name="cacheFolder"/>, where a later <see cref="Load(string[])"/>
    /// with $EMISSIONS_CACHE_DIR set to that folder reads it instead of the files. The image names the directories
    /// relative to the folder, so a folder built beside the factors (a published service's factor-cache/ beside its
    /// factors/, ADR 0024) stays valid when both are moved together, read-only or not; any changed file or a rebuilt
    /// loader makes it stale, and a stale image is never used.
    /// </summary>
    /// <param name="cacheFolder">The folder to write the image (and the validation snapshot) into; created if missing.</param>
    /// <param name="directories">Factor directories, as for <see cref="Load(string[])"/>.</param>
    /// <returns>The image file's path.</returns>
    /// <exception cref="FactorLibraryException">Any file does not validate (no image is written).</exception>
    /// <exception cref="IOException">The image could not be written to <paramref name="cacheFolder"/>.</exception>
    public static string WriteImage(string cacheFolder, params string[] directories)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheFolder);
        ArgumentNullException.ThrowIfNull(directories);
        var snapshot = new ValidationSnapshot(cacheFolder);
        var image = CatalogueSnapshot.For(cacheFolder, directories);
        var library = new FactorLibraryReader(snapshot).Read(directories);
        return image is not null && image.Write(library)
            ? image.Path
            : throw new IOException($"cannot write the factor catalogue image into {cacheFolder}");
    }

    /// <summary>
    /// The shipped factor library with no path: $EMISSIONS_FACTORS_DIR if set, else the factors/ the Emissions.Factors
    /// package copies beside the application, else the nearest factors/ above it (a checkout of the repository).
    /// </summary>
    /// <exception cref="FactorLibraryException">No shipped factors/ was found, or its data does not validate.</exception>
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
    /// <param name="definition">The set definition as JSON (factors/schema/set.schema.json).</param>
    /// <param name="sourceName">The name errors give as the file (e.g. <c>custom set acme-2024</c>).</param>
    /// <exception cref="FactorLibraryException">The definition does not validate.</exception>
    public FactorSet ValidateSet(JsonElement definition, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return new FactorLibraryReader(this).ValidateSet(definition, sourceName);
    }

    /// <summary>The factor with this id (e.g. <c>cn-mee/electricity/2022:national</c>, exact spelling); <see langword="null"/> when the library has none.</summary>
    /// <param name="id">The factor id: edition path, a colon, the factor's key.</param>
    public Factor? FindFactor(string id) => _factors.GetValueOrDefault(id);

    /// <summary>The refrigerant blend with this id (exact spelling); <see langword="null"/> when the library has none.</summary>
    /// <param name="id">The blend id: edition path, a colon, the blend's key.</param>
    public RefrigerantBlend? FindBlend(string id) => _blends.GetValueOrDefault(id);

    IReadOnlyList<string> IFactorSetSource.SetIds => [.. Sets.Select(s => s.Id)];

    FactorSet? IFactorSetSource.Find(string id) => _sets.GetValueOrDefault(id);

    /// <summary>Finds a set by id, ignoring case ("CN-2023" as printed finds cn-2023).</summary>
    /// <param name="id">The set id.</param>
    /// <param name="set">The set; <see langword="null"/> when there is none.</param>
    /// <returns>Whether the library has the set.</returns>
    public bool TryGetSet(string id, out FactorSet? set) => _sets.TryGetValue(id, out set);

    /// <summary>The set with this id, ignoring case.</summary>
    /// <param name="id">The set id, e.g. <c>cn-2020</c>.</param>
    /// <exception cref="NoFactorSetException">The library has no such set; the error lists the sets it has.</exception>
    public FactorSet GetSet(string id) =>
        _sets.TryGetValue(id, out var set)
            ? set
            : throw new NoFactorSetException(null, id, $"there is no factor set '{id}'", _sets.Keys);

    /// <summary>The sets that include an edition, sorted by id.</summary>
    /// <param name="editionPath">The edition's path, e.g. <c>cn-mee/electricity/2022</c>.</param>
    public IReadOnlyList<FactorSet> SetsContaining(string editionPath) =>
        [.. Sets.Where(s => s.Editions.Contains(editionPath, StringComparer.Ordinal))];

    /// <summary>A resolver over the set with this id, with the caller's overrides applied on top of the set's factors.</summary>
    /// <param name="setId">The set id.</param>
    /// <param name="overrides">Factor values that replace the set's (each in the factor's own kind of unit); none when <see langword="null"/>.</param>
    /// <exception cref="NoFactorSetException">The library has no such set.</exception>
    /// <exception cref="FactorResolutionException">An override names a factor the set does not have, twice, or in the wrong kind of unit.</exception>
    public FactorResolver CreateResolver(string setId, IReadOnlyList<FactorOverride>? overrides = null) => new(GetSet(setId), overrides);
}
