using System.Text.Json;
using Emissions.Quantities;

namespace Emissions.Factors.Loading;

/// <summary>The reader, part three: factor sets — their editions, conventions, and applicability that would make resolution ambiguous.</summary>
internal sealed partial class FactorLibraryReader
{
    private void ParseSetFile(string file, string stem)
    {
        if (Parse(file) is not { } parsed)
        {
            return;
        }

        _setFiles.Add(new SetFile(file, stem, parsed.Root, Validate(SchemaCatalog.Set, file, parsed)));
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
                Error(file, At("id"), $"set id '{id}' does not equal the file name '{stem}.json'", id, $"'{stem}', the file name without .json", saysExpected: true);
            }

            if (!setIds.TryAdd(id, file))
            {
                Error(file, At("id"), $"set id '{id}' is also defined in {setIds[id]}", id, "an id no other set has");
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
                    Error(file, path, $"edition '{editionPath}' is listed twice", editionPath, "each edition listed once");
                }
                else if (_editions.TryGetValue(editionPath, out var data))
                {
                    editions.Add(data);
                }
                else
                {
                    var near = NearEditions(editionPath);
                    Error(file, path, $"edition '{editionPath}' does not exist in any factor directory{NearestEdition(near)}", editionPath,
                        near.Count == 0 ? "the path of an edition that exists, publisher/dataset/edition" : $"an edition that exists, e.g. {string.Join(", ", near)}",
                        saysExpected: near.Count > 0);
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
                $"required because the set includes {standardCoal}, whose natural gas has two rows (oil-field, gas-field)", null, "'oil-field' or 'gas-field'", saysExpected: true);
        }

        if (set.NaturalGasRow is { } row && !set.Factors.Any(f => f.Applicability.Carrier == Carriers.NaturalGas && f.Basis == row))
        {
            var rows = Bases(set.Factors.Where(f => f.Applicability.Carrier == Carriers.NaturalGas).Select(f => f.Basis));
            Error(file, JsonPathText.Property(root, "naturalGasRow"), $"none of the set's editions has a natural-gas factor with basis '{row}'", row,
                rows.Count == 0 ? "no naturalGasRow: none of the set's editions has a natural-gas factor with a basis" : OneOf(rows));
        }

        if (!set.Factors.Any(f => f.Parameter == FactorParameter.Gwp && f.GwpBasis == set.Gwp))
        {
            var gwps = Bases(set.Factors.Where(f => f.Parameter == FactorParameter.Gwp).Select(f => f.GwpBasis));
            Error(file, JsonPathText.Property(root, "gwp"), $"none of the set's editions has {set.Gwp} GWP values (add ipcc/gwp/{set.Gwp.ToLowerInvariant()})", set.Gwp,
                gwps.Count == 0 ? $"a GWP edition among the editions (ipcc/gwp/{set.Gwp.ToLowerInvariant()})" : OneOf(gwps));
        }
        else if (!set.Factors.Any(f => f.Parameter == FactorParameter.Gwp && f.GwpBasis == set.Gwp && f.Applicability.Ch4Convention == set.Ch4Convention))
        {
            var conventions = Bases(set.Factors.Where(f => f.Parameter == FactorParameter.Gwp && f.GwpBasis == set.Gwp).Select(f => f.Applicability.Ch4Convention));
            Error(file, JsonPathText.Property(root, "ch4Convention"), $"the set's {set.Gwp} GWPs have no CH4 value for the '{set.Ch4Convention}' convention", set.Ch4Convention,
                conventions.Count == 0 ? $"a CH4 GWP among the set's {set.Gwp} values" : OneOf(conventions));
        }

        var electricity = JsonPathText.Property(root, "electricity");
        CheckElectricityBasis(file, set, set.ElectricityLocationBasis, JsonPathText.Property(electricity, "location"));
        if (set.ElectricityResidualBasis is { } residual)
        {
            CheckElectricityBasis(file, set, residual, JsonPathText.Property(electricity, "residual"));
        }

        foreach (var name in set.Blends.GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            Error(file, JsonPathText.Property(root, "editions"), $"blend {name.Key} is defined more than once in the set: {string.Join(", ", name.Select(b => b.Id))}", null,
                "editions that define each refrigerant blend once");
        }
    }

    private void CheckElectricityBasis(string file, FactorSet set, string basis, string path)
    {
        if (!set.Factors.Any(f => f.Parameter == FactorParameter.EmissionFactor && f.Applicability.Carrier == Carriers.Electricity && f.Basis == basis))
        {
            var bases = Bases(set.Factors.Where(f => f.Parameter == FactorParameter.EmissionFactor && f.Applicability.Carrier == Carriers.Electricity).Select(f => f.Basis));
            Error(file, path, $"none of the set's editions has an electricity emission factor with basis '{basis}'", basis,
                bases.Count == 0 ? "an edition with electricity emission factors among the editions" : OneOf(bases));
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
                        "resolution would be ambiguous: give one a distinct basis or leave one edition out of the set", null,
                        "editions whose factors do not overlap", saysExpected: true);
                }
            }
        }
    }

    // The distinct values the set's factors have for a choice (a basis, a GWP edition, a CH4 convention), in order.
    private static List<string> Bases(IEnumerable<string?> values) => [.. values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string OneOf(List<string> values) => "one of " + string.Join(", ", values.Select(v => $"'{v}'"));

    private static bool YearsOverlap(Applicability a, Applicability b) =>
        (a.ReportingYearFrom ?? int.MinValue) <= (b.ReportingYearTo ?? int.MaxValue) &&
        (b.ReportingYearFrom ?? int.MinValue) <= (a.ReportingYearTo ?? int.MaxValue);
}
