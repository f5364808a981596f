using System.Text.Json;
using Emissions.Quantities;

namespace Emissions.Factors.Loading;

/// <summary>
/// One load of one or more factor directories: reads every file, checks it against its schema and
/// against the rules the schemas cannot express, and collects every problem before giving up.
/// Model objects are built only from parts that passed their checks; with any error the caller
/// throws, so a half-valid library is never handed out.
/// </summary>
internal sealed class FactorLibraryReader
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

    public FactorLibraryReader()
    {
    }

    /// <summary>A reader that already knows a loaded library's editions, to validate further set definitions against them.</summary>
    public FactorLibraryReader(FactorLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
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
        var violations = Validate(SchemaCatalog.Set, sourceName, definition);
        var stem = Text(definition, "id") ?? "";
        var set = ReadSet(new SetFile(sourceName, stem, definition, violations), new Dictionary<string, string>(StringComparer.Ordinal));
        if (_errors.Count > 0)
        {
            throw new FactorLibraryException(_errors);
        }

        return set ?? throw new FactorLibraryException([new FactorLibraryError(sourceName, JsonPathText.Root, "the set definition does not validate")]);
    }

    public FactorLibrary Read(IReadOnlyList<string> directories)
    {
        if (directories.Count == 0)
        {
            _errors.Add(new FactorLibraryError("(no directory)", "", "no factor directory was given"));
        }

        foreach (var directory in directories)
        {
            ScanDirectory(directory);
        }

        var sets = new SortedDictionary<string, FactorSet>(StringComparer.Ordinal);
        var setFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setFile in _setFiles)
        {
            if (ReadSet(setFile, setFiles) is { } set)
            {
                sets.Add(set.Id, set);
            }
        }

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
            Error(directory, "", "factor directory does not exist");
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
                    Error(file, "", "unexpected file: sets/ holds <set-id>.json files only");
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
                : "JSON file outside an edition folder (expected <publisher>/<dataset>/<edition>/manifest.json, factors.json or blends.json, or sets/<set-id>.json)");
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
            Error(folder, "", $"edition {editionPath} is also defined in {existing.Directory}; edition paths, and so ids, must be unique across directories");
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
            Error(folder, "", "an edition holds either factors.json or blends.json, not both");
        }
        else if (!hasFactors && !hasBlends)
        {
            Error(folder, "", "edition folder has neither factors.json nor blends.json");
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
        Error(folder, "", "edition folder has no manifest.json");
        return new Edition(editionPath, editionPath.Split('/')[0], "", null, null, "", "");
    }

    private Edition ReadManifest(string file, string editionPath)
    {
        var parts = editionPath.Split('/');
        var placeholder = new Edition(editionPath, parts[0], "", null, null, "", "");
        if (Parse(file) is not { } root)
        {
            return placeholder;
        }

        var violations = Validate(SchemaCatalog.Manifest, file, root);
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
                Error(file, path, $"{levels[i]} '{value}' does not equal the folder name '{parts[i]}'");
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

    private void ReadFactors(string file, EditionData data)
    {
        if (Parse(file) is not { } root)
        {
            return;
        }

        var violations = Validate(SchemaCatalog.Factors, file, root);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("factors", out var factors) || factors.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var element in factors.EnumerateArray())
        {
            var path = JsonPathText.Index(JsonPathText.Property(JsonPathText.Root, "factors"), index++);
            if (element.ValueKind == JsonValueKind.Object && ReadFactor(file, path, element, violations, data) is { } factor)
            {
                data.Factors.Add(factor);
                _locations.Add(factor, new Location(file, path));
            }
        }
    }

    private Factor? ReadFactor(string file, string path, JsonElement element, IReadOnlyList<SchemaViolation> violations, EditionData data)
    {
        bool Valid(string field) => IsValid(violations, JsonPathText.Property(path, field));
        string At(string field) => JsonPathText.Property(path, field);

        var id = Valid("id") ? Text(element, "id") : null;
        if (id is not null)
        {
            CheckId(file, At("id"), id, data.Path);
        }

        FactorParameter? parameter = Valid("parameter") && FactorParameterNames.TryParse(Text(element, "parameter"), out var p) ? p : null;
        Measurement? measurement = null;
        if (Valid("value") && Valid("unit"))
        {
            measurement = ParseMeasurement(file, path, Text(element, "value")!, Text(element, "unit")!);
        }

        if (measurement is { } m && parameter is { } kindParameter && ParameterUnitKinds.Check(kindParameter, m.Unit) is { } kindProblem)
        {
            Error(file, At("unit"), kindProblem);
        }

        var gas = Valid("gas") ? Text(element, "gas") : null;
        var basis = Valid("basis") ? Text(element, "basis") : null;
        var applicability = Valid("applicability") && element.TryGetProperty("applicability", out var a)
            ? ReadApplicability(file, At("applicability"), a, parameter, gas)
            : null;
        if (parameter is { } checkedParameter)
        {
            CheckGas(file, path, element, checkedParameter, gas, basis, applicability, violations);
        }

        if (violations.Any(v => JsonPathText.IsWithin(v.Path, path)) || id is null || parameter is null || measurement is null || applicability is null ||
            !VerificationNames.TryParse(Text(element, "verification"), out var verification))
        {
            return null;
        }

        return new Factor(
            id,
            parameter.Value,
            basis,
            measurement.Value,
            gas,
            Text(element, "gwpBasis"),
            applicability,
            verification,
            Text(element, "source")!,
            Text(element, "note"),
            data.Edition!);
    }

    private Measurement? ParseMeasurement(string file, string path, string value, string unit)
    {
        try
        {
            return Measurement.Parse(value, unit);
        }
        catch (QuantityException ex)
        {
            var field = ex.Error == QuantityError.MalformedNumber ? "value" : "unit";
            Error(file, JsonPathText.Property(path, field), $"'{(field == "value" ? value : unit)}' does not parse as a quantity: {ex.Message}");
            return null;
        }
    }

    private Applicability? ReadApplicability(string file, string path, JsonElement element, FactorParameter? parameter, string? gas)
    {
        var valid = true;
        var carrier = Text(element, "carrier");
        if (carrier is not null && !Carriers.IsKnown(carrier))
        {
            Error(file, JsonPathText.Property(path, "carrier"), $"unknown carrier '{carrier}' (known: {string.Join(", ", Carriers.All)})");
            valid = false;
        }

        int? from = null;
        int? to = null;
        if (element.TryGetProperty("reportingYears", out var years))
        {
            var list = years.EnumerateArray().Select(Int).ToList();
            var yearsPath = JsonPathText.Property(path, "reportingYears");
            if (list.Count != 2)
            {
                Error(file, yearsPath, $"reportingYears must be exactly [from, to], found {list.Count} item(s)");
                valid = false;
            }
            else if (list[0] > list[1])
            {
                Error(file, yearsPath, $"reportingYears [{list[0]}, {list[1]}]: from is after to");
                valid = false;
            }
            else
            {
                (from, to) = (list[0], list[1]);
            }
        }

        var convention = Text(element, "ch4Convention");
        if (convention is not null && (parameter != FactorParameter.Gwp || gas != "CH4"))
        {
            Error(file, JsonPathText.Property(path, "ch4Convention"), "ch4Convention belongs only on gwp entries for CH4");
            valid = false;
        }

        int? dataYear = element.TryGetProperty("dataYear", out var dy) ? Int(dy) : null;
        return valid ? new Applicability(carrier, Text(element, "region"), dataYear, from, to, convention) : null;
    }

    private void CheckGas(
        string file, string path, JsonElement element, FactorParameter parameter, string? gas, string? basis, Applicability? applicability, IReadOnlyList<SchemaViolation> violations)
    {
        string At(string field) => JsonPathText.Property(path, field);
        if (parameter == FactorParameter.Gwp)
        {
            if (gas is null && IsValid(violations, At("gas")))
            {
                Error(file, At("gas"), "a gwp entry names the gas whose GWP it is");
            }

            if (Text(element, "gwpBasis") is null && IsValid(violations, At("gwpBasis")))
            {
                Error(file, At("gwpBasis"), "a gwp entry names its assessment report (gwpBasis AR4, AR5 or AR6)");
            }

            if (gas == "CH4" && applicability is not null)
            {
                if (applicability.Ch4Convention is null)
                {
                    Error(file, JsonPathText.Property(At("applicability"), "ch4Convention"), "a CH4 gwp entry names its convention (single or fossil)");
                }
                else if (basis is not null && basis != applicability.Ch4Convention)
                {
                    Error(file, At("basis"), $"basis '{basis}' differs from applicability.ch4Convention '{applicability.Ch4Convention}'");
                }
            }

            return;
        }

        var expected = parameter switch
        {
            FactorParameter.Co2PerEnergy => "CO2",
            FactorParameter.Ch4PerEnergy => "CH4",
            FactorParameter.N2OPerEnergy => "N2O",
            _ => null,
        };
        if (expected is not null && gas is not null && gas != expected)
        {
            Error(file, At("gas"), $"{parameter.ToWire()} is a {expected} factor, but gas is '{gas}'");
        }
    }

    private void ReadBlends(string file, EditionData data)
    {
        if (Parse(file) is not { } root)
        {
            return;
        }

        var violations = Validate(SchemaCatalog.Blends, file, root);
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("blends", out var blends) || blends.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var element in blends.EnumerateArray())
        {
            var path = JsonPathText.Index(JsonPathText.Property(JsonPathText.Root, "blends"), index++);
            if (element.ValueKind == JsonValueKind.Object && ReadBlend(file, path, element, violations, data) is { } blend)
            {
                data.Blends.Add(blend);
                _locations.Add(blend, new Location(file, path));
            }
        }
    }

    private RefrigerantBlend? ReadBlend(string file, string path, JsonElement element, IReadOnlyList<SchemaViolation> violations, EditionData data)
    {
        var idPath = JsonPathText.Property(path, "id");
        var id = IsValid(violations, idPath) ? Text(element, "id") : null;
        if (id is not null)
        {
            CheckId(file, idPath, id, data.Path);
        }

        var componentsPath = JsonPathText.Property(path, "components");
        var components = new List<BlendComponent>();
        if (IsValid(violations, componentsPath) && element.TryGetProperty("components", out var list))
        {
            foreach (var component in list.EnumerateArray())
            {
                components.Add(new BlendComponent(Text(component, "gas")!, decimal.Parse(Text(component, "massFraction")!, System.Globalization.CultureInfo.InvariantCulture)));
            }

            var sum = components.Sum(c => c.MassFraction);
            if (sum != 1m)
            {
                Error(file, componentsPath, $"mass fractions add up to {sum.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not 1");
            }

            foreach (var duplicate in components.GroupBy(c => c.Gas, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Error(file, componentsPath, $"gas {duplicate.Key} is listed {duplicate.Count()} times");
            }
        }

        if (violations.Any(v => JsonPathText.IsWithin(v.Path, path)) || id is null ||
            !VerificationNames.TryParse(Text(element, "verification"), out var verification))
        {
            return null;
        }

        return new RefrigerantBlend(id, Text(element, "name")!, components, verification, Text(element, "source")!, data.Edition!);
    }

    private void CheckId(string file, string path, string id, string editionPath)
    {
        var prefix = id[..id.IndexOf(':', StringComparison.Ordinal)];
        if (prefix != editionPath)
        {
            Error(file, path, $"id prefix '{prefix}' does not equal the folder path '{editionPath}'");
        }

        if (_ids.TryGetValue(id, out var first))
        {
            Error(file, path, $"duplicate id '{id}': already used at {first.File} {first.Path}");
        }
        else
        {
            _ids.Add(id, new Location(file, path));
        }
    }

    private void ParseSetFile(string file, string stem)
    {
        if (Parse(file) is not { } root)
        {
            return;
        }

        _setFiles.Add(new SetFile(file, stem, root, Validate(SchemaCatalog.Set, file, root)));
    }

    private FactorSet? ReadSet(SetFile setFile, Dictionary<string, string> setIds)
    {
        var (file, stem, root, violations) = setFile;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        bool Valid(string field) => IsValid(violations, JsonPathText.Property(JsonPathText.Root, field));
        string At(string field) => JsonPathText.Property(JsonPathText.Root, field);

        var id = Valid("id") ? Text(root, "id") : null;
        if (id is not null)
        {
            if (id != stem)
            {
                Error(file, At("id"), $"set id '{id}' does not equal the file name '{stem}.json'");
            }

            if (!setIds.TryAdd(id, file))
            {
                Error(file, At("id"), $"set id '{id}' is also defined in {setIds[id]}");
            }
        }

        var editions = new List<EditionData>();
        var missing = false;
        if (Valid("editions"))
        {
            var index = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in root.GetProperty("editions").EnumerateArray())
            {
                var path = JsonPathText.Index(At("editions"), index++);
                var editionPath = item.GetString()!;
                if (!seen.Add(editionPath))
                {
                    Error(file, path, $"edition '{editionPath}' is listed twice");
                }
                else if (_editions.TryGetValue(editionPath, out var data))
                {
                    editions.Add(data);
                }
                else
                {
                    Error(file, path, $"edition '{editionPath}' does not exist in any factor directory{NearestEdition(editionPath)}");
                    missing = true;
                }
            }
        }

        // The set-level checks below would only echo a missing edition or a schema error.
        if (violations.Count > 0 || id is null || missing || editions.Count == 0)
        {
            return null;
        }

        var electricity = root.GetProperty("electricity");
        var fallbacks = root.GetProperty("fallbacks");
        var set = new FactorSet(
            id,
            Text(root, "title")!,
            Text(root, "description"),
            [.. editions.Select(e => e.Path)],
            Text(root, "method") == "cn" ? ScopeOneMethod.Cn : ScopeOneMethod.Ipcc,
            Text(root, "gwp")!,
            Text(root, "ch4Convention")!,
            Text(root, "naturalGasRow"),
            Text(electricity, "location")!,
            Text(electricity, "residual"),
            new FallbackPolicy(fallbacks.GetProperty("regionToNational").GetBoolean(), fallbacks.GetProperty("earlierDataYear").GetBoolean()),
            Int(root.GetProperty("reportingYear")),
            [.. editions.SelectMany(e => e.Factors)],
            [.. editions.SelectMany(e => e.Blends)],
            "")
        {
            DefaultFor = root.TryGetProperty("defaultFor", out var defaultFor) ? [.. defaultFor.EnumerateArray().Select(c => c.GetString()!)] : [],
        };

        var before = _errors.Count;
        CheckConventions(file, set);
        CheckOverlaps(file, set);
        return _errors.Count > before ? null : set with { ContentHash = FactorSetHash.Compute(set) };
    }

    private void CheckConventions(string file, FactorSet set)
    {
        const string gbt2589 = "gbt-2589";
        var root = JsonPathText.Root;
        if (set.NaturalGasRow is null && set.Editions.FirstOrDefault(e => e.StartsWith(gbt2589 + "/", StringComparison.Ordinal)) is { } standardCoal)
        {
            Error(file, JsonPathText.Property(root, "naturalGasRow"),
                $"required because the set includes {standardCoal}, whose natural gas has two rows (oil-field, gas-field)");
        }

        if (set.NaturalGasRow is { } row && !set.Factors.Any(f => f.Applicability.Carrier == Carriers.NaturalGas && f.Basis == row))
        {
            Error(file, JsonPathText.Property(root, "naturalGasRow"), $"none of the set's editions has a natural-gas factor with basis '{row}'");
        }

        if (!set.Factors.Any(f => f.Parameter == FactorParameter.Gwp && f.GwpBasis == set.Gwp))
        {
            Error(file, JsonPathText.Property(root, "gwp"), $"none of the set's editions has {set.Gwp} GWP values (add ipcc/gwp/{set.Gwp.ToLowerInvariant()})");
        }
        else if (!set.Factors.Any(f => f.Parameter == FactorParameter.Gwp && f.GwpBasis == set.Gwp && f.Applicability.Ch4Convention == set.Ch4Convention))
        {
            Error(file, JsonPathText.Property(root, "ch4Convention"), $"the set's {set.Gwp} GWPs have no CH4 value for the '{set.Ch4Convention}' convention");
        }

        var electricity = JsonPathText.Property(root, "electricity");
        CheckElectricityBasis(file, set, set.ElectricityLocationBasis, JsonPathText.Property(electricity, "location"));
        if (set.ElectricityResidualBasis is { } residual)
        {
            CheckElectricityBasis(file, set, residual, JsonPathText.Property(electricity, "residual"));
        }

        foreach (var name in set.Blends.GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            Error(file, JsonPathText.Property(root, "editions"), $"blend {name.Key} is defined more than once in the set: {string.Join(", ", name.Select(b => b.Id))}");
        }
    }

    private void CheckElectricityBasis(string file, FactorSet set, string basis, string path)
    {
        if (!set.Factors.Any(f => f.Parameter == FactorParameter.EmissionFactor && f.Applicability.Carrier == Carriers.Electricity && f.Basis == basis))
        {
            Error(file, path, $"none of the set's editions has an electricity emission factor with basis '{basis}'");
        }
    }

    /// <summary>
    /// Two factors that answer the same query make resolution ambiguous: same parameter, basis,
    /// carrier, region, data year, gas and GWP basis, with reporting years that overlap (absent = all years).
    /// </summary>
    private void CheckOverlaps(string file, FactorSet set)
    {
        var groups = set.Factors.GroupBy(f => string.Join("|",
            f.Parameter.ToWire(), f.Basis, f.Applicability.Carrier, f.Applicability.Region, f.Applicability.DataYear, f.Gas, f.GwpBasis), StringComparer.Ordinal);
        foreach (var group in groups.Where(g => g.Count() > 1))
        {
            var factors = group.ToList();
            for (var i = 0; i < factors.Count; i++)
            {
                for (var j = i + 1; j < factors.Count; j++)
                {
                    var (a, b) = (factors[i], factors[j]);
                    if (!YearsOverlap(a.Applicability, b.Applicability))
                    {
                        continue;
                    }

                    var ap = a.Applicability;
                    Error(file, JsonPathText.Property(JsonPathText.Root, "editions"),
                        $"overlapping applicability in set {set.Id}: {a.Id} ({Where(a)}) and {b.Id} ({Where(b)}) both apply to " +
                        $"{a.Parameter.ToWire()}, basis {a.Basis ?? "(none)"}, carrier {ap.Carrier ?? "(none)"}, region {ap.Region}, " +
                        $"data year {ap.DataYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}, gas {a.Gas ?? "(none)"}; " +
                        "resolution would be ambiguous: give one a distinct basis or leave one edition out of the set");
                }
            }
        }
    }

    private static bool YearsOverlap(Applicability a, Applicability b) =>
        (a.ReportingYearFrom ?? int.MinValue) <= (b.ReportingYearTo ?? int.MaxValue) &&
        (b.ReportingYearFrom ?? int.MinValue) <= (a.ReportingYearTo ?? int.MaxValue);

    private string Where(object item) => _locations.TryGetValue(item, out var location) ? $"{location.File} {location.Path}" : "?";

    private string NearestEdition(string editionPath)
    {
        var near = _editions.Keys
            .Where(k => k.Split('/')[0] == editionPath.Split('/')[0] || k.EndsWith(editionPath.Split('/')[^1], StringComparison.Ordinal))
            .Take(5)
            .ToList();
        return near.Count == 0 ? "" : $" (known editions nearby: {string.Join(", ", near)})";
    }

    private JsonElement? Parse(string file)
    {
        try
        {
            var text = File.ReadAllText(file);
            using var document = JsonDocument.Parse(text, DocumentOptions);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            Error(file, JsonPathText.Root, $"not valid JSON: {ex.Message}");
        }
        catch (IOException ex)
        {
            Error(file, "", $"cannot be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            Error(file, "", $"cannot be read: {ex.Message}");
        }

        return null;
    }

    private IReadOnlyList<SchemaViolation> Validate(JsonSchemaValidator schema, string file, JsonElement root)
    {
        var violations = schema.Validate(root);
        foreach (var violation in violations)
        {
            Error(file, violation.Path, violation.Message);
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

    private void Error(string file, string path, string message) => _errors.Add(new FactorLibraryError(file, path, message));

    private readonly record struct Location(string File, string Path);

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
