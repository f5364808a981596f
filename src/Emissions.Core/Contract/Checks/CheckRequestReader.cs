using System.Globalization;
using System.Text.Json;
using Emissions.Budget;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>
/// Reads the CONTRACT "Check" request, failing on the first bad field with its JSON path, the
/// value found and what was expected (like <see cref="InventoryReader"/>). The rules for each field's
/// value are <see cref="CheckRequestFields"/>, shared with the CSV and spreadsheet readers.
/// </summary>
internal static class CheckRequestReader
{
    public const int DefaultMaxFigures = 10_000;

    private static readonly FieldNames TopLevel = new("organization", "period", "site", "source", "figures", "relations", "inputs", "options");

    private static readonly FieldNames FigureFieldNames = new("id", "metric", "value", "unit", "qualifier", "period", "site", "label");

    private static readonly FieldNames RelationFields = new("id", "metric", "formula");

    private static readonly FieldNames OptionFields = new("materiality", "aboutTolerance", "factorSet", "numberFormat", "factors", "uncertainty");

    /// <summary>The nesting a request's document may reach (<see cref="JsonDocumentOptions.MaxDepth"/>'s default, named for the one-pass reader's callers).</summary>
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth };

    public static CheckRequest Parse(string json, int maxFigures = DefaultMaxFigures)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Read(document.RootElement, maxFigures);
        }
        catch (JsonException ex)
        {
            throw NotJson(ex);
        }
    }

    /// <summary>
    /// The request in <paramref name="utf8"/> (a file's bytes after any byte order mark), read as <see cref="Parse(string, int)"/>
    /// reads the same text: the same request, the same errors. The bytes need live only until it returns (raw inputs are copied).
    /// </summary>
    public static CheckRequest Parse(ReadOnlyMemory<byte> utf8, int maxFigures = DefaultMaxFigures)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, DocumentOptions);
            return Read(document.RootElement, maxFigures);
        }
        catch (JsonException ex)
        {
            throw NotJson(ex);
        }
    }

    private static InputException NotJson(JsonException ex) =>
        new("$", null, $"a JSON object (line {ex.LineNumber + 1}: {ex.Message.Split('.')[0]})");

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

        // Each element's path ("$.figures[3]") is kept as parts and made into a string only if a message names it.
        var figuresPath = $"{path}.figures";
        var index = 0;
        foreach (var item in figuresElement.EnumerateArray())
        {
            figures.Add(ReadFigure(item, LinePath.Of(figuresPath, index++)));
        }

        CheckRequestFields.RejectDuplicateIds(figures);
        var relations = ReadRelations(root, path);
        CheckRequestFields.CheckRelations(relations, figures);

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
    public static bool IsValidId(string id) => CheckRequestFields.IsValidId(id);

    private static ReportedFigure ReadFigure(JsonElement item, LinePath place)
    {
        WorkBudget.Checkpoint();
        if (item.ValueKind != JsonValueKind.Object)
        {
            JsonInput.RequireObject(item, place.Text);
        }

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
                    throw JsonInput.UnknownField(property, place.Text, FigureFieldNames.Names);
            }
        }

        var at = new ElementFieldPlace(place);
        if (valueElement.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            throw new InputException(at.At("value"), null, "the value as printed, e.g. \"721,117.23\" (with \"unit\") or \"721,117.23 MWh\"", InputError.Missing);
        }

        string value;
        string? unit = OptionalString(unitElement, "unit", at);
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
                var amount = JsonInput.ReadAmount(valueElement, at.At("value"));
                value = amount.Measurement.Value.ToString(CultureInfo.InvariantCulture);
                unit = amount.Measurement.Unit.Symbol;
                break;
            default:
                throw new InputException(at.At("value"), JsonInput.Describe(valueElement), "a number as printed, e.g. \"721,117.23\"", InputError.WrongType);
        }

        return CheckRequestFields.BuildFigure(
            OptionalString(id, "id", at),
            OptionalString(metric, "metric", at),
            value,
            unit,
            OptionalString(qualifier, "qualifier", at),
            OptionalString(period, "period", at),
            OptionalString(site, "site", at),
            OptionalString(label, "label", at),
            at,
            place);
    }

    /// <summary>A field found by <see cref="ReadFigure"/> as <see cref="JsonInput.OptionalString"/> reads it: absent or null is null, a string is its text.</summary>
    private static string? OptionalString(JsonElement value, string name, ElementFieldPlace at) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => throw new InputException(at.At(name), JsonInput.Describe(value), "a string", InputError.WrongType),
    };

    /// <summary>The request's "relations", as <see cref="JsonInput.OptionalArray"/> would give them, without a path string per relation.</summary>
    private static List<CustomRelation> ReadRelations(JsonElement root, string path)
    {
        if (!root.TryGetProperty("relations", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        var relationsPath = $"{path}.relations";
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new InputException(relationsPath, JsonInput.Describe(array), "an array", InputError.WrongType);
        }

        var relations = new List<CustomRelation>(array.GetArrayLength());
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            relations.Add(ReadRelation(item, LinePath.Of(relationsPath, index++)));
        }

        return relations;
    }

    private static CustomRelation ReadRelation(JsonElement item, LinePath place)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            JsonInput.RequireObject(item, place.Text);
        }

        foreach (var property in item.EnumerateObject())
        {
            if (!RelationFields.Contains(property) && !FieldNames.Annotations.Contains(property))
            {
                throw JsonInput.UnknownField(property, place.Text, RelationFields.Names);
            }
        }

        var at = new ElementFieldPlace(place);
        return CheckRequestFields.BuildRelation(
            RelationString(item, "id", at),
            RelationString(item, "metric", at),
            RelationString(item, "formula", at),
            at,
            place);
    }

    /// <summary><see cref="JsonInput.OptionalString"/>, with the field's path built only for an error.</summary>
    private static string? RelationString(JsonElement item, string name, ElementFieldPlace at) =>
        !item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new InputException(at.At(name), JsonInput.Describe(value), "a string", InputError.WrongType);

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
        if (KnownFractions.TryGet(text, out var known))
        {
            return known;
        }

        if (Measurement.TryParse(text, out var m) && m.Dimension.IsDimensionless)
        {
            var fraction = m.Quantity.CanonicalValue;
            if (fraction is >= 0m and <= 1m)
            {
                KnownFractions.Remember(text, fraction);
                return fraction;
            }
        }

        throw new InputException(path, text, "a percentage between 0 % and 100 % such as \"5%\", or a fraction such as 0.05");
    }
}
