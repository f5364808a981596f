using System.Globalization;
using System.Text.Json;
using Emissions.Budget;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// Reads the CONTRACT "Check" request, failing on the first bad field with its JSON path, the
/// value found and what was expected (like <see cref="InventoryReader"/>).
/// </summary>
public static class CheckRequestReader
{
    public const int DefaultMaxFigures = 10_000;

    private static readonly FieldNames TopLevel = new("organization", "period", "site", "source", "figures", "relations", "inputs", "options");

    private static readonly FieldNames FigureFieldNames = new("id", "metric", "value", "unit", "qualifier", "period", "site", "label");

    private static readonly FieldNames RelationFields = new("id", "metric", "formula");

    private static readonly FieldNames OptionFields = new("materiality", "aboutTolerance", "factorSet", "numberFormat", "factors", "uncertainty");

    public static CheckRequest Parse(string json, int maxFigures = DefaultMaxFigures)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
            return Read(document.RootElement, maxFigures);
        }
        catch (JsonException ex)
        {
            throw new InputException("$", null, $"a JSON object (line {ex.LineNumber + 1}: {ex.Message.Split('.')[0]})");
        }
    }

    public static CheckRequest Read(JsonElement root, int maxFigures = DefaultMaxFigures, string path = "$")
    {
        JsonInput.RequireObject(root, path);
        JsonInput.RejectUnknownFields(root, path, TopLevel);
        if (!root.TryGetProperty("figures", out var figuresElement) || figuresElement.ValueKind != JsonValueKind.Array)
        {
            var absent = figuresElement.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;
            throw new InputException($"{path}.figures", absent ? null : JsonInput.Describe(figuresElement),
                "an array of figures, e.g. [{\"metric\": \"ghg.total\", \"value\": \"69.44\", \"unit\": \"萬噸\"}]",
                absent ? InputError.Missing : InputError.WrongType);
        }

        var count = figuresElement.GetArrayLength();
        if (count > maxFigures)
        {
            throw new InputException($"{path}.figures", $"{count.ToString("N0", CultureInfo.InvariantCulture)} figures",
                $"at most {maxFigures.ToString("N0", CultureInfo.InvariantCulture)} figures per request");
        }

        var options = ReadOptions(root, path);
        using var reading = AmountReading.Begin(options.NumberFormat);
        var figures = new List<ReportedFigure>(count);
        foreach (var (item, itemPath) in JsonInput.OptionalArray(root, "figures", path))
        {
            figures.Add(ReadFigure(item, itemPath));
        }

        RejectDuplicateIds(figures);
        var relations = JsonInput.OptionalArray(root, "relations", path).Select(x => ReadRelation(x.Item, x.Path)).ToList();
        CheckRelations(relations, figures);

        JsonElement? inputs = null;
        if (root.TryGetProperty("inputs", out var inputsElement) && inputsElement.ValueKind != JsonValueKind.Null)
        {
            JsonInput.RequireObject(inputsElement, $"{path}.inputs");
            inputs = inputsElement.Clone();
        }

        return new CheckRequest(
            JsonInput.OptionalString(root, "organization", path),
            JsonInput.OptionalString(root, "period", path),
            figures,
            relations,
            options)
        {
            Source = JsonInput.OptionalString(root, "source", path),
            Site = JsonInput.OptionalString(root, "site", path),
            Inputs = inputs,
        };
    }

    /// <summary>A figure id: a letter or '_', then letters, digits or '_' (so that formulas can name it).</summary>
    public static bool IsValidId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0 || !(char.IsLetter(id[0]) || id[0] == '_'))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds a figure from its fields as strings (shared with the CSV reader); <paramref name="at"/> names the field's place.</summary>
    internal static ReportedFigure BuildFigure(
        string? id, string? metric, string value, string? unit, string? qualifier, string? period, string? site, string? label, Func<string, string> at)
    {
        if (id is null && metric is null)
        {
            throw new InputException(at("id"), null, "an \"id\" (a letter or '_', then letters, digits, '_') or a \"metric\" (a catalogue id), or both", InputError.Missing);
        }

        if (id is not null && !IsValidId(id))
        {
            throw new InputException(at("id"), id, "a letter or '_', then letters, digits or '_' (e.g. s1_2023)");
        }

        MetricDefinition? definition = null;
        if (metric is not null && !MetricCatalog.TryFind(metric, out definition))
        {
            throw new InputException(at("metric"), metric, $"a catalogue metric id; nearest: {string.Join(", ", MetricCatalog.Nearest(metric))}");
        }

        if (!Qualifiers.TryParse(qualifier, out var q))
        {
            throw new InputException(at("qualifier"), qualifier, $"one of {string.Join(", ", Qualifiers.Names)}");
        }

        Measurement printed;
        try
        {
            var format = AmountReading.CurrentFormat;
            printed = unit is null ? Measurement.Parse(value, format) : Measurement.Parse(value, unit, format);
        }
        catch (QuantityException ex)
        {
            // With the unit given apart, only a malformed number is the value's fault; every other error is the unit's.
            var field = unit is not null && ex.Error != QuantityError.MalformedNumber ? "unit" : "value";
            throw new InputException(at(field), field == "unit" ? unit : value, ex.Message, InputError.Quantity, ex);
        }

        // A figure printed with no unit is a pure number (CONTRACT); the checker decides whether it
        // can stand for its metric (a headcount can, a WUE cannot). A unit of the wrong kind is an error.
        if (definition is not null && !printed.Dimension.IsDimensionless && FigureKind.Of(printed, definition) is null)
        {
            var expected = $"a unit of {definition.Kind} for {definition.Id} (e.g. {definition.CanonicalUnit.Symbol}), got {printed.Unit.Kind}";
            throw new InputException(at(unit is null ? "value" : "unit"), printed.Unit.Symbol, expected, InputError.Quantity,
                new QuantityException(QuantityError.WrongKind, expected));
        }

        return new ReportedFigure(id, metric, printed, q, period, site, label);
    }

    internal static void RejectDuplicateIds(IReadOnlyList<ReportedFigure> figures)
    {
        var seen = new Dictionary<string, ReportedFigure>(StringComparer.Ordinal);
        foreach (var figure in figures.Where(f => f.Id is not null))
        {
            if (!seen.TryAdd(figure.Id!, figure))
            {
                throw new InputException($"{figure.Source}.id", figure.Id, $"a unique figure id (also used by {seen[figure.Id!].Source})");
            }
        }
    }

    internal static CustomRelation BuildRelation(string? id, string? metric, string? formula, Func<string, string> at)
    {
        if (id is null || !IsValidId(id))
        {
            throw new InputException(at("id"), id, "a relation id: a letter or '_', then letters, digits or '_'", id is null ? InputError.Missing : InputError.InvalidValue);
        }

        if (metric is null)
        {
            throw new InputException(at("metric"), null, "the id of the figure the formula recomputes", InputError.Missing);
        }

        if (string.IsNullOrWhiteSpace(formula))
        {
            throw new InputException(at("formula"), formula, "a formula over figure ids, e.g. \"s1_2023 + s2_2023\"", formula is null ? InputError.Missing : InputError.InvalidValue);
        }

        try
        {
            return new CustomRelation(id, metric, formula, ExpressionParser.Parse(formula));
        }
        catch (ExpressionException ex)
        {
            throw new InputException(at("formula"), Excerpt.Of(formula), ex.Message);
        }
        catch (QuantityException ex)
        {
            throw new InputException(at("formula"), Excerpt.Of(formula), ex.Message, InputError.Quantity, ex);
        }
    }

    internal static void CheckRelations(IReadOnlyList<CustomRelation> relations, IReadOnlyList<ReportedFigure> figures)
    {
        var ids = new HashSet<string>(figures.Select(f => f.Key), StringComparer.Ordinal);
        var relationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            if (!relationIds.Add(relation.Id))
            {
                throw new InputException($"{relation.Source}.id", relation.Id, "a unique relation id");
            }

            if (!ids.Contains(relation.Metric))
            {
                var nearest = ids.OrderBy(i => EditDistanceOf(relation.Metric, i)).Take(3);
                throw new InputException($"{relation.Source}.metric", relation.Metric, $"the id of a figure in this request; nearest: {string.Join(", ", nearest)}");
            }
        }
    }

    private static int EditDistanceOf(string a, string b) => EditDistance.Between(a, b);

    private static ReportedFigure ReadFigure(JsonElement item, string path)
    {
        WorkBudget.Checkpoint();
        JsonInput.RequireObject(item, path);

        // One pass over the fields instead of a lookup per field (a figure is read for every entry of
        // every request). A field given twice counts as its last occurrence, as a lookup would find it.
        JsonElement id = default, metric = default, valueElement = default, unitElement = default;
        JsonElement qualifier = default, period = default, site = default, label = default;
        foreach (var property in item.EnumerateObject())
        {
            switch (FigureFields.Of(property))
            {
                case FigureField.Value:
                    valueElement = property.Value;
                    break;
                case FigureField.Unit:
                    unitElement = property.Value;
                    break;
                case FigureField.Id:
                    id = property.Value;
                    break;
                case FigureField.Metric:
                    metric = property.Value;
                    break;
                case FigureField.Qualifier:
                    qualifier = property.Value;
                    break;
                case FigureField.Period:
                    period = property.Value;
                    break;
                case FigureField.Site:
                    site = property.Value;
                    break;
                case FigureField.Label:
                    label = property.Value;
                    break;
                case FigureField.Annotation:
                    break;
                default:
                    throw JsonInput.UnknownField(property, path, FigureFieldNames.Names);
            }
        }

        if (valueElement.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            throw new InputException($"{path}.value", null, "the value as printed, e.g. \"721,117.23\" (with \"unit\") or \"721,117.23 MWh\"", InputError.Missing);
        }

        string value;
        string? unit = OptionalString(unitElement, "unit", path);
        switch (valueElement.ValueKind)
        {
            case JsonValueKind.String:
                value = valueElement.GetString()!;
                break;
            case JsonValueKind.Number:
                value = valueElement.GetRawText();
                unit ??= "";
                break;
            case JsonValueKind.Object:
                var amount = JsonInput.ReadAmount(valueElement, $"{path}.value");
                value = amount.Measurement.Value.ToString(CultureInfo.InvariantCulture);
                unit = amount.Measurement.Unit.Symbol;
                break;
            default:
                throw new InputException($"{path}.value", JsonInput.Describe(valueElement), "a number as printed, e.g. \"721,117.23\"", InputError.WrongType);
        }

        var figure = BuildFigure(
            OptionalString(id, "id", path),
            OptionalString(metric, "metric", path),
            value,
            unit,
            OptionalString(qualifier, "qualifier", path),
            OptionalString(period, "period", path),
            OptionalString(site, "site", path),
            OptionalString(label, "label", path),
            field => $"{path}.{field}");
        return figure with { Source = path };
    }

    /// <summary>A field found by <see cref="ReadFigure"/> as <see cref="JsonInput.OptionalString"/> reads it: absent or null is null, a string is its text.</summary>
    private static string? OptionalString(JsonElement value, string name, string path) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => throw new InputException($"{path}.{name}", JsonInput.Describe(value), "a string", InputError.WrongType),
    };

    private static CustomRelation ReadRelation(JsonElement item, string path)
    {
        JsonInput.RequireObject(item, path);
        JsonInput.RejectUnknownFields(item, path, RelationFields);
        var relation = BuildRelation(
            JsonInput.OptionalString(item, "id", path),
            JsonInput.OptionalString(item, "metric", path),
            JsonInput.OptionalString(item, "formula", path),
            field => $"{path}.{field}");
        return relation with { Source = path };
    }

    private static CheckOptions ReadOptions(JsonElement root, string path)
    {
        if (!root.TryGetProperty("options", out var options) || options.ValueKind == JsonValueKind.Null)
        {
            return CheckOptions.Default;
        }

        var at = $"{path}.options";
        JsonInput.RequireObject(options, at);
        JsonInput.RejectUnknownFields(options, at, OptionFields);
        return new CheckOptions
        {
            Materiality = ReadFraction(options, "materiality", at) ?? CheckOptions.Default.Materiality,
            AboutTolerance = ReadFraction(options, "aboutTolerance", at) ?? CheckOptions.Default.AboutTolerance,
            FactorSet = JsonInput.OptionalString(options, "factorSet", at),
            Factors = ReadFactors(options, at),
            Uncertainty = CheckUncertaintyReader.Read(options, at),
            NumberFormat = NumberFormats.TryParse(JsonInput.OptionalString(options, "numberFormat", at), out var format)
                ? format
                : throw new InputException($"{at}.numberFormat", JsonInput.OptionalString(options, "numberFormat", at), NumberFormats.Expected),
        };
    }

    /// <summary>options.factors: {"absorption-rate[forest]": "67 kgCO2/(mu·day)"}.</summary>
    private static Dictionary<FactorReference, Measurement> ReadFactors(JsonElement options, string at)
    {
        var factors = new Dictionary<FactorReference, Measurement>();
        if (!options.TryGetProperty("factors", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return factors;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InputException($"{at}.factors", JsonInput.Describe(element), $"an object of factors, e.g. {OneOffFactors.Example}", InputError.WrongType);
        }

        foreach (var property in element.EnumerateObject())
        {
            var path = $"{at}.factors.{property.Name}";
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new InputException(path, JsonInput.Describe(property.Value), "a value with its unit as a string, e.g. \"67 kgCO2/(mu·day)\"", InputError.WrongType);
            }

            var (reference, value) = OneOffFactors.Parse(property.Name, property.Value.GetString()!, path);
            factors[reference] = value;
        }

        return factors;
    }

    private static decimal? ReadFraction(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new InputException($"{path}.{name}", JsonInput.Describe(value), "a percentage such as \"5%\" or a fraction such as 0.05", InputError.WrongType),
        };
        return ParseFraction(text, $"{path}.{name}");
    }

    /// <summary>"5%", "5 %", "0.05": a fraction between 0 and 1.</summary>
    public static decimal ParseFraction(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Measurement.TryParse(text, out var m) && m.Dimension.IsDimensionless)
        {
            var fraction = m.Quantity.CanonicalValue;
            if (fraction is >= 0m and <= 1m)
            {
                return fraction;
            }
        }

        throw new InputException(path, text, "a percentage between 0 % and 100 % such as \"5%\", or a fraction such as 0.05");
    }
}
