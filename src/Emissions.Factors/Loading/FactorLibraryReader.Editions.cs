using System.Text.Json;
using Emissions.Quantities;

namespace Emissions.Factors.Loading;

/// <summary>The reader, part two: an edition's factors.json and blends.json — each factor, its unit and applicability, gases, ids.</summary>
internal sealed partial class FactorLibraryReader
{
    private void ReadFactors(string file, EditionData data)
    {
        if (Parse(file) is not { } parsed)
        {
            return;
        }

        var violations = Validate(SchemaCatalog.Factors, file, parsed);
        var root = parsed.Root;
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
            Error(file, At("unit"), kindProblem.Message, Text(element, "unit"), kindProblem.Expected, saysExpected: true);
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

        var range = Valid("uncertainty") && measurement is { } valued && element.TryGetProperty("uncertainty", out var u)
            ? ReadRange(file, At("uncertainty"), u, valued)
            : null;
        if (violations.Any(v => JsonPathText.IsWithin(v.Path, path)) || id is null || parameter is null || measurement is null || applicability is null ||
            !VerificationNames.TryParse(Text(element, "verification"), out var verification) ||
            (element.TryGetProperty("uncertainty", out _) && range is null))
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
            data.Edition!,
            range);
    }

    /// <summary>The publisher's range (schema-valid): its limits must enclose the value, or the range belongs to another factor.</summary>
    private PublishedRange? ReadRange(string file, string path, JsonElement element, Measurement value)
    {
        var lower = decimal.Parse(Text(element, "lower")!, System.Globalization.CultureInfo.InvariantCulture);
        var upper = decimal.Parse(Text(element, "upper")!, System.Globalization.CultureInfo.InvariantCulture);
        if (lower > value.Value || upper < value.Value)
        {
            var factorValue = value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Error(file, path, $"the range {Text(element, "lower")}–{Text(element, "upper")} does not enclose the value {factorValue}", $"{Text(element, "lower")}–{Text(element, "upper")}",
                $"a lower limit at most {factorValue} and an upper limit at least {factorValue} (the factor's value)");
            return null;
        }

        return VerificationNames.TryParse(Text(element, "verification"), out var verification)
            ? new PublishedRange(lower, upper, Text(element, "source")!, verification)
            : null;
    }

    private Measurement? ParseMeasurement(string file, string path, string value, string unit)
    {
        try
        {
            return Measurement.Parse(value, unit);
        }
        catch (QuantityException ex)
        {
            var field = ex.NumberAtFault ? "value" : "unit";
            var found = field == "value" ? value : unit;
            Error(file, JsonPathText.Property(path, field), $"'{found}' does not parse as a quantity: {ex.Message}", found, ex.Expected);
            return null;
        }
    }

    private Applicability? ReadApplicability(string file, string path, JsonElement element, FactorParameter? parameter, string? gas)
    {
        var valid = true;
        var carrier = Text(element, "carrier");
        if (carrier is not null && !Carriers.IsKnown(carrier))
        {
            Error(file, JsonPathText.Property(path, "carrier"), $"unknown carrier '{carrier}' (known: {string.Join(", ", Carriers.All)})", carrier,
                $"one of {string.Join(", ", Carriers.All)}", saysExpected: true);
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
                Error(file, yearsPath, $"reportingYears {Compact(years)} has {list.Count} item(s)", Compact(years), ReportingYearsExpected);
                valid = false;
            }
            else if (list[0] > list[1])
            {
                Error(file, yearsPath, $"reportingYears [{list[0]}, {list[1]}]: from is after to", Compact(years), ReportingYearsExpected);
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
            Error(file, JsonPathText.Property(path, "ch4Convention"), $"ch4Convention '{convention}' belongs only on gwp entries for CH4", convention,
                "no ch4Convention on an entry that is not a gwp entry for CH4");
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
                Error(file, At("gas"), "gas is missing: a gwp entry names the gas whose GWP it is", null, "the gas whose GWP it is, e.g. \"CH4\"");
            }

            if (Text(element, "gwpBasis") is null && IsValid(violations, At("gwpBasis")))
            {
                Error(file, At("gwpBasis"), "gwpBasis is missing: a gwp entry names its assessment report", null, "'AR4', 'AR5' or 'AR6'");
            }

            if (gas == "CH4" && applicability is not null)
            {
                if (applicability.Ch4Convention is null)
                {
                    Error(file, JsonPathText.Property(At("applicability"), "ch4Convention"), "ch4Convention is missing: a CH4 gwp entry names its convention", null,
                        "'single' or 'fossil'");
                }
                else if (basis is not null && basis != applicability.Ch4Convention)
                {
                    Error(file, At("basis"), $"basis '{basis}' differs from applicability.ch4Convention '{applicability.Ch4Convention}'", basis,
                        $"'{applicability.Ch4Convention}', the entry's applicability.ch4Convention");
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
            Error(file, At("gas"), $"{parameter.ToWire()} is a {expected} factor, but gas is '{gas}'", gas, $"'{expected}'");
        }
    }

    private void ReadBlends(string file, EditionData data)
    {
        if (Parse(file) is not { } parsed)
        {
            return;
        }

        var violations = Validate(SchemaCatalog.Blends, file, parsed);
        var root = parsed.Root;
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
                var total = sum.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Error(file, componentsPath, $"mass fractions add up to {total}, not 1", total, "mass fractions that add up to exactly 1", saysExpected: true);
            }

            foreach (var duplicate in components.GroupBy(c => c.Gas, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Error(file, componentsPath, $"gas {duplicate.Key} is listed {duplicate.Count()} times", duplicate.Key, "each gas listed once");
            }
        }

        if (violations.Any(v => JsonPathText.IsWithin(v.Path, path)) || id is null ||
            !VerificationNames.TryParse(Text(element, "verification"), out var verification))
        {
            return null;
        }

        return new RefrigerantBlend(id, Text(element, "name")!, components, verification, Text(element, "source")!, data.Edition!);
    }

    // A value as one line of JSON whatever the file's indentation (errors are printed one per line), cut as every
    // quoted value is (JsonInput.Truncate): a long array in a file must not make an error line of its size.
    private static string Compact(JsonElement value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        return Emissions.Inventory.JsonInput.Truncate(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private const string ReportingYearsExpected = "[from, to]: two years, from not after to, e.g. [2020, 2022]";

    private void CheckId(string file, string path, string id, string editionPath)
    {
        var prefix = id[..id.IndexOf(':', StringComparison.Ordinal)];
        if (prefix != editionPath)
        {
            Error(file, path, $"id prefix '{prefix}' does not equal the folder path '{editionPath}'", id, $"an id '{editionPath}:NAME'", saysExpected: true);
        }

        if (_ids.TryGetValue(id, out var first))
        {
            Error(file, path, $"duplicate id '{id}': already used at {first.File} {first.Path}", id, "an id no other factor or blend uses");
        }
        else
        {
            _ids.Add(id, new Location(file, path));
        }
    }
}
