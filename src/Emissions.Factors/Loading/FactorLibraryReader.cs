using System.Text.Json;
using Emissions.Quantities;

namespace Emissions.Factors.Loading;

/// <summary>
/// One load of one or more factor directories: reads every file, checks it against its schema and
/// against the rules the schemas cannot express, and collects every problem before giving up.
/// Model objects are built only from parts that passed their checks; with any error the caller
/// throws, so a half-valid library is never handed out.
/// </summary>
internal sealed partial class FactorLibraryReader
{
    private const string ManifestFile = "manifest.json";
    private const string FactorsFile = "factors.json";
    private const string BlendsFile = "blends.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    private readonly List<FactorLibraryError> _errors = [];
    private readonly Dictionary<string, Location> _ids = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, EditionData> _editions = new(StringComparer.Ordinal);
    private readonly Dictionary<object, Location> _locations = new(ReferenceEqualityComparer.Instance);
    private readonly List<SetFile> _setFiles = [];
    private readonly ValidationSnapshot _snapshot;

    /// <summary>A reader that skips the schema validation of files the snapshot has seen pass, and adds those that pass now.</summary>
    public FactorLibraryReader(ValidationSnapshot snapshot)
    {
        _snapshot = snapshot;
    }

    /// <summary>A reader that already knows a loaded library's editions, to validate further set definitions against them.</summary>
    public FactorLibraryReader(FactorLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        _snapshot = ValidationSnapshot.Off();
        foreach (var edition in library.Editions)
        {
            _editions.Add(edition.Path, new EditionData(edition.Path, "") { Edition = edition });
        }

        foreach (var factor in library.Factors)
        {
            _editions[factor.Edition.Path].Factors.Add(factor);
        }

        foreach (var blend in library.Blends)
        {
            _editions[blend.Edition.Path].Blends.Add(blend);
        }

        foreach (var (item, (file, path)) in library.Locations)
        {
            _locations.Add(item, new Location(file, path));
        }
    }

    public IReadOnlyList<FactorLibraryError> Errors => _errors;

    /// <summary>
    /// Validates one set definition (the content of a sets/&lt;id&gt;.json file) against the editions this
    /// reader knows, with the schema and every check a shipped set passes. Throws
    /// <see cref="FactorLibraryException"/> listing every problem, each naming its JSON path.
    /// </summary>
    public FactorSet ValidateSet(JsonElement definition, string sourceName)
    {
        var violations = Validate(SchemaCatalog.Set, sourceName, new ParsedFile(definition, ""));
        var stem = Text(definition, "id") ?? "";
        var set = ReadSet(new SetFile(sourceName, stem, definition, violations), new Dictionary<string, string>(StringComparer.Ordinal));
        if (_errors.Count > 0)
        {
            throw new FactorLibraryException(_errors);
        }

        return set ?? throw new FactorLibraryException([new FactorLibraryError(sourceName, JsonPathText.Root, "the set definition does not validate") { Expected = "a set definition as factors/schema/set.schema.json describes" }]);
    }

    public FactorLibrary Read(IReadOnlyList<string> directories)
    {
        if (directories.Count == 0)
        {
            _errors.Add(new FactorLibraryError("(no directory)", "", "no factor directory was given") { Expected = "at least one factor directory" });
        }

        foreach (var directory in directories)
        {
            ScanDirectory(directory);
        }

        var sets = new SortedDictionary<string, FactorSet>(StringComparer.Ordinal);
        var setFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setFile in _setFiles)
        {
            // A second file with a set's id is already an error ("also defined in …"); it must not end the load early.
            if (ReadSet(setFile, setFiles) is { } set)
            {
                sets.TryAdd(set.Id, set);
            }
        }

        // Files that passed their schema are remembered even when another file fails: only what is edited next is validated.
        _snapshot.Save();
        if (_errors.Count > 0)
        {
            throw new FactorLibraryException(_errors);
        }

        return new FactorLibrary(
            [.. directories],
            [.. _editions.Values.Select(e => e.Edition!)],
            [.. _editions.Values.SelectMany(e => e.Factors)],
            [.. _editions.Values.SelectMany(e => e.Blends)],
            [.. sets.Values],
            RelativeLocations());
    }

    // Where each factor and blend was read, relative to its factor directory, so that messages
    // about sets validated later name "cn-mee/electricity/2021/factors.json" and not a server path.
    private Dictionary<object, (string File, string Path)> RelativeLocations()
    {
        var locations = new Dictionary<object, (string File, string Path)>(ReferenceEqualityComparer.Instance);
        foreach (var (item, location) in _locations)
        {
            var edition = item switch
            {
                Factor factor => factor.Edition.Path,
                RefrigerantBlend blend => blend.Edition.Path,
                _ => null,
            };
            var directory = edition is not null && _editions.TryGetValue(edition, out var data) ? data.Directory : "";
            var file = directory.Length == 0 ? location.File : Path.GetRelativePath(directory, location.File).Replace('\\', '/');
            locations.Add(item, (file, location.Path));
        }

        return locations;
    }

    private void ScanDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            Error(directory, "", "factor directory does not exist", directory, "an existing directory of factor editions (publisher/dataset/edition/) and sets/");
            return;
        }

        var editionFiles = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var relativePaths = Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(rel => !rel.Split('/').Any(segment => segment.StartsWith('.')))
            .Order(StringComparer.Ordinal);
        foreach (var relative in relativePaths)
        {
            var parts = relative.Split('/');
            var file = Path.Join(directory, relative);
            if (parts[0] == "schema")
            {
                // The schemas are compiled into Emissions.Factors; a directory's own copy is documentation.
                continue;
            }

            if (parts[0] == "sets")
            {
                if (parts.Length == 2)
                {
                    ParseSetFile(file, Path.GetFileNameWithoutExtension(parts[1]));
                }
                else
                {
                    Error(file, "", "unexpected file: sets/ holds <set-id>.json files only", relative, "sets/<set-id>.json", saysExpected: true);
                }

                continue;
            }

            if (parts.Length == 4 && parts[3] is ManifestFile or FactorsFile or BlendsFile)
            {
                var editionPath = string.Join('/', parts[..3]);
                if (!editionFiles.TryGetValue(editionPath, out var files))
                {
                    files = new Dictionary<string, string>(StringComparer.Ordinal);
                    editionFiles.Add(editionPath, files);
                }

                files.Add(parts[3], file);
                continue;
            }

            Error(file, "", parts.Length == 4
                ? $"unexpected file '{parts[3]}' in an edition folder (an edition holds manifest.json and factors.json or blends.json)"
                : "JSON file outside an edition folder (expected <publisher>/<dataset>/<edition>/manifest.json, factors.json or blends.json, or sets/<set-id>.json)",
                relative, parts.Length == 4 ? "manifest.json, factors.json or blends.json" : "<publisher>/<dataset>/<edition>/manifest.json, factors.json or blends.json, or sets/<set-id>.json",
                saysExpected: true);
        }

        foreach (var (editionPath, files) in editionFiles)
        {
            ReadEdition(directory, editionPath, files);
        }
    }

    private void ReadEdition(string directory, string editionPath, Dictionary<string, string> files)
    {
        var folder = Path.Join(directory, editionPath);
        if (_editions.TryGetValue(editionPath, out var existing))
        {
            Error(folder, "", $"edition {editionPath} is also defined in {existing.Directory}; edition paths, and so ids, must be unique across directories", editionPath,
                "an edition path no other factor directory has", saysExpected: true);
            return;
        }

        var data = new EditionData(editionPath, directory);
        _editions.Add(editionPath, data);
        data.Edition = files.TryGetValue(ManifestFile, out var manifest)
            ? ReadManifest(manifest, editionPath)
            : MissingManifest(folder, editionPath);

        var hasFactors = files.TryGetValue(FactorsFile, out var factorsFile);
        var hasBlends = files.TryGetValue(BlendsFile, out var blendsFile);
        if (hasFactors && hasBlends)
        {
            Error(folder, "", "an edition holds either factors.json or blends.json, not both", "factors.json and blends.json", "factors.json or blends.json, not both", saysExpected: true);
        }
        else if (!hasFactors && !hasBlends)
        {
            Error(folder, "", "edition folder has neither factors.json nor blends.json", null, "factors.json or blends.json beside manifest.json");
        }

        if (hasFactors)
        {
            ReadFactors(factorsFile!, data);
        }

        if (hasBlends)
        {
            ReadBlends(blendsFile!, data);
        }
    }

    private Edition MissingManifest(string folder, string editionPath)
    {
        Error(folder, "", "edition folder has no manifest.json", null, "manifest.json beside factors.json or blends.json");
        return new Edition(editionPath, editionPath.Split('/')[0], "", null, null, "", "");
    }

    private Edition ReadManifest(string file, string editionPath)
    {
        var parts = editionPath.Split('/');
        var placeholder = new Edition(editionPath, parts[0], "", null, null, "", "");
        if (Parse(file) is not { } parsed)
        {
            return placeholder;
        }

        var violations = Validate(SchemaCatalog.Manifest, file, parsed);
        var root = parsed.Root;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return placeholder;
        }

        string[] levels = ["publisher", "dataset", "edition"];
        for (var i = 0; i < levels.Length; i++)
        {
            var path = JsonPathText.Property(JsonPathText.Root, levels[i]);
            if (IsValid(violations, path) && Text(root, levels[i]) is { } value && value != parts[i])
            {
                Error(file, path, $"{levels[i]} '{value}' does not equal the folder name '{parts[i]}'", value, $"'{parts[i]}', the folder name", saysExpected: true);
            }
        }

        return new Edition(
            editionPath,
            parts[0],
            Text(root, "title") ?? "",
            Text(root, "documentNumber"),
            Text(root, "publishedOn"),
            Text(root, "source") ?? "",
            Text(root, "licence") ?? "",
            Text(root, "note"));
    }

    private string Where(object item) => _locations.TryGetValue(item, out var location) ? $"{location.File} {location.Path}" : "?";

    private List<string> NearEditions(string editionPath) => [.. _editions.Keys
        .Where(k => k.Split('/')[0] == editionPath.Split('/')[0] || k.EndsWith(editionPath.Split('/')[^1], StringComparison.Ordinal))
        .Take(5)];

    private static string NearestEdition(List<string> near) => near.Count == 0 ? "" : $" (known editions nearby: {string.Join(", ", near)})";

    private ParsedFile? Parse(string file)
    {
        try
        {
            var text = File.ReadAllText(file);
            using var document = JsonDocument.Parse(text, DocumentOptions);
            return new ParsedFile(document.RootElement.Clone(), text);
        }
        catch (JsonException ex)
        {
            Error(file, JsonPathText.Root, $"not valid JSON: {ex.Message}", null, "a JSON document (RFC 8259) with each property once");
        }
        catch (IOException ex)
        {
            Error(file, "", $"cannot be read: {ex.Message}", null, "a readable file");
        }
        catch (UnauthorizedAccessException ex)
        {
            Error(file, "", $"cannot be read: {ex.Message}", null, "a readable file");
        }

        return null;
    }

    // A file whose text passed this schema before (the snapshot has its key) is not validated again; a file that passes
    // now is added. Text that is not from a file (a set definition in a request) is always validated.
    private IReadOnlyList<SchemaViolation> Validate(SchemaCatalog.FactorSchema schema, string file, ParsedFile parsed)
    {
        var key = parsed.Text.Length == 0 ? null : ValidationSnapshot.Key(schema.Fingerprint, parsed.Text);
        if (key is not null && _snapshot.Contains(key))
        {
            return [];
        }

        var violations = schema.Validator.Validate(parsed.Root);
        foreach (var violation in violations)
        {
            _errors.Add(new FactorLibraryError(file, violation.Path, violation.Message)
            {
                Value = violation.Value,
                Expected = violation.Expected,
                SaysExpected = violation.SaysExpected,
            });
        }

        if (violations.Count == 0 && key is not null)
        {
            _snapshot.Add(key);
        }

        return violations;
    }

    private static bool IsValid(IReadOnlyList<SchemaViolation> violations, string path) =>
        !violations.Any(v => JsonPathText.IsWithin(v.Path, path));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    // The schema allows 2021.0 as an integer; only the value matters.
    private static int Int(JsonElement element) => (int)element.GetDecimal();

    /// <summary>An error that quotes the value found and says what would have been accepted (the message gives the reason).</summary>
    private void Error(string file, string path, string message, string? value, string expected, bool saysExpected = false) =>
        _errors.Add(new FactorLibraryError(file, path, message) { Value = value, Expected = expected, SaysExpected = saysExpected });

    private readonly record struct Location(string File, string Path);

    /// <summary>A file's JSON and the text it was parsed from (empty for a definition that is not a file).</summary>
    private readonly record struct ParsedFile(JsonElement Root, string Text);

    private sealed record SetFile(string File, string Stem, JsonElement Root, IReadOnlyList<SchemaViolation> Violations);

    private sealed class EditionData(string path, string directory)
    {
        public string Path { get; } = path;

        public string Directory { get; } = directory;

        public Edition? Edition { get; set; }

        public List<Factor> Factors { get; } = [];

        public List<RefrigerantBlend> Blends { get; } = [];
    }
}
