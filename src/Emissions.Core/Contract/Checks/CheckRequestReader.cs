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
/// Reads the CONTRACT "Check" request from its UTF-8 bytes, failing on the first bad field with its JSON path, the
/// value found and what was expected (like <see cref="InventoryReader"/>). The rules for each field's value are
/// <see cref="CheckRequestFields"/>, shared with the CSV and spreadsheet readers.
/// </summary>
/// <remarks>
/// The request is scanned once (<see cref="CheckRequestScan"/>); its figures and relations are then read with
/// <see cref="Utf8JsonReader"/> straight from their bytes, and the small rest (options, raw inputs, top-level strings)
/// from a document of that rest. Fields are judged in the order a reader of the whole document judged them, so a
/// request with several faults is refused for the same one.
/// </remarks>
internal static class CheckRequestReader
{
    public const int DefaultMaxFigures = 10_000;

    private const string Root = "$";

    /// <summary>How the command line reads a request: comments skipped, no trailing commas, 64 levels deep.</summary>
    private static readonly JsonReaderOptions TextOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    private static readonly FieldNames TopLevel = new("organization", "period", "site", "source", "figures", "relations", "inputs", "options");

    private static readonly FieldNames FigureFieldNames = new("id", "metric", "value", "unit", "qualifier", "period", "site", "label");

    private static readonly FieldNames RelationFields = new("id", "metric", "formula");

    private static readonly FieldNames OptionFields = new("materiality", "aboutTolerance", "factorSet", "numberFormat", "factors", "uncertainty");

    /// <summary>A request given as text (a file the command line read); comments are skipped.</summary>
    public static CheckRequest Parse(string json, int maxFigures = DefaultMaxFigures)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json), maxFigures, TextOptions);
    }

    /// <summary>A request as its UTF-8 bytes, read with <paramref name="options"/>; bytes that are not JSON are an error at <c>$</c>.</summary>
    public static CheckRequest Read(ReadOnlyMemory<byte> utf8, int maxFigures, JsonReaderOptions options)
    {
        try
        {
            using var scan = CheckRequestScan.Of(utf8, options);
            return Read(scan, maxFigures);
        }
        catch (JsonException ex)
        {
            throw new InputException(Root, null, $"a JSON object (line {ex.LineNumber + 1}: {ex.Message.Split('.')[0]})");
        }
    }

    /// <summary>A request already scanned; what it reads keeps no part of the scan or of the request's bytes.</summary>
    public static CheckRequest Read(CheckRequestScan scan, int maxFigures = DefaultMaxFigures)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var root = scan.Root;
        JsonInput.RequireObject(root, Root);
        JsonInput.RejectUnknownFields(root, Root, TopLevel);
        if (!root.TryGetProperty("figures", out var figuresElement) || figuresElement.ValueKind != JsonValueKind.Array)
        {
            var absent = figuresElement.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;
            throw new InputException($"{Root}.figures", absent ? null : JsonInput.Describe(figuresElement),
                "an array of figures, e.g. [{\"metric\": \"ghg.total\", \"value\": \"69.44\", \"unit\": \"萬噸\"}]",
                absent ? InputError.Missing : InputError.WrongType);
        }

        var count = scan.FigureCount;
        if (count > maxFigures)
        {
            throw new InputException($"{Root}.figures", $"{count.ToString("N0", CultureInfo.InvariantCulture)} figures",
                $"at most {maxFigures.ToString("N0", CultureInfo.InvariantCulture)} figures per request");
        }

        var options = ReadOptions(root, Root);
        using var reading = AmountReading.Begin(options.NumberFormat);
        var figures = ReadFigures(scan, count);
        CheckRequestFields.RejectDuplicateIds(figures);
        var relations = ReadRelations(scan);
        CheckRequestFields.CheckRelations(relations, figures);

        JsonElement? inputs = null;
        if (root.TryGetProperty("inputs", out var inputsElement) && inputsElement.ValueKind != JsonValueKind.Null)
        {
            JsonInput.RequireObject(inputsElement, $"{Root}.inputs");
            inputs = inputsElement.Clone();
        }

        return new CheckRequest(
            JsonInput.OptionalString(root, "organization", Root),
            JsonInput.OptionalString(root, "period", Root),
            figures,
            relations,
            options)
        {
            Source = JsonInput.OptionalString(root, "source", Root),
            Site = JsonInput.OptionalString(root, "site", Root),
            Inputs = inputs,
        };
    }

    /// <summary>A figure id: a letter or '_', then letters, digits or '_' (so that formulas can name it).</summary>
    public static bool IsValidId(string id) => CheckRequestFields.IsValidId(id);

    private static List<ReportedFigure> ReadFigures(CheckRequestScan scan, int count)
    {
        // The figures field is an array (checked above), so the scan found its bytes.
        var utf8 = scan.Utf8[scan.Figures!.Value];
        var span = utf8.Span;
        var figures = new List<ReportedFigure>(count);
        var reader = new Utf8JsonReader(span, scan.Options);
        reader.Read();

        // Each element's path ("$.figures[3]") is kept as parts and made into a string only if a message names it.
        const string figuresPath = $"{Root}.figures";
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            figures.Add(ReadFigure(utf8, ref reader, LinePath.Of(figuresPath, index++)));
        }

        return figures;
    }

    private static ReportedFigure ReadFigure(ReadOnlyMemory<byte> utf8, ref Utf8JsonReader reader, LinePath place)
    {
        WorkBudget.Checkpoint();
        var span = utf8.Span;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InputException(place.Text, FieldToken.Read(ref reader).Describe(span), "a JSON object", InputError.WrongType);
        }

        // One pass over the fields. A field given twice counts as its last occurrence, as a document lookup finds it.
        FieldToken id = default, metric = default, valueToken = default, unitToken = default;
        FieldToken qualifier = default, period = default, site = default, label = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FigureFields.Of(ref reader);
            var name = field == FigureField.Unknown ? reader.GetString()! : null;
            reader.Read();
            if (field == FigureField.Annotation)
            {
                // A citation or note is not read: its text is not decoded.
                reader.Skip();
                continue;
            }

            var token = FieldToken.Read(ref reader);
            switch (field)
            {
                case FigureField.Value:
                    valueToken = token;
                    break;
                case FigureField.Unit:
                    unitToken = token;
                    break;
                case FigureField.Id:
                    id = token;
                    break;
                case FigureField.Metric:
                    metric = token;
                    break;
                case FigureField.Qualifier:
                    qualifier = token;
                    break;
                case FigureField.Period:
                    period = token;
                    break;
                case FigureField.Site:
                    site = token;
                    break;
                case FigureField.Label:
                    label = token;
                    break;
                default:
                    throw UnknownField(name!, token, span, place.Text, FigureFieldNames.Names);
            }
        }

        var at = new ElementFieldPlace(place);
        if (valueToken.IsAbsent)
        {
            throw new InputException(at.At("value"), null, "the value as printed, e.g. \"721,117.23\" (with \"unit\") or \"721,117.23 MWh\"", InputError.Missing);
        }

        string value;
        string? unit = OptionalString(unitToken, "unit", at, span);
        switch (valueToken.Kind)
        {
            case JsonTokenType.String:
                value = valueToken.Text!;
                break;
            case JsonTokenType.Number:
                value = valueToken.RawText(span);
                unit ??= "";
                break;
            case JsonTokenType.StartObject:
                // {"value": "721,117.23", "unit": "MWh"}: rare, read as the inventory reads an amount, from a document of it alone.
                using (var amountDocument = JsonDocument.Parse(valueToken.RawUtf8(utf8), DocumentOptions(reader.CurrentState.Options)))
                {
                    var amount = JsonInput.ReadAmount(amountDocument.RootElement, at.At("value"));
                    value = amount.Measurement.Value.ToString(CultureInfo.InvariantCulture);
                    unit = amount.Measurement.Unit.Symbol;
                }

                break;
            default:
                throw new InputException(at.At("value"), valueToken.Describe(span), "a number as printed, e.g. \"721,117.23\"", InputError.WrongType);
        }

        return CheckRequestFields.BuildFigure(
            OptionalString(id, "id", at, span),
            OptionalString(metric, "metric", at, span),
            value,
            unit,
            OptionalString(qualifier, "qualifier", at, span),
            OptionalString(period, "period", at, span),
            OptionalString(site, "site", at, span),
            OptionalString(label, "label", at, span),
            at,
            place);
    }

    /// <summary>A field as <see cref="JsonInput.OptionalString"/> reads it: absent or null is null, a string is its text.</summary>
    private static string? OptionalString(FieldToken value, string name, ElementFieldPlace at, ReadOnlySpan<byte> utf8) =>
        value.Kind == JsonTokenType.String ? value.Text
        : value.IsAbsent ? null
        : throw new InputException(at.At(name), value.Describe(utf8), "a string", InputError.WrongType);

    /// <summary>What <see cref="JsonInput.UnknownField"/> throws, for a field met in the bytes.</summary>
    private static InputException UnknownField(string name, FieldToken value, ReadOnlySpan<byte> utf8, string path, IEnumerable<string> known) =>
        new($"{path}.{name}", JsonInput.Truncate(value.RawText(utf8)), $"no such field; known fields: {string.Join(", ", known)}", InputError.UnknownField);

    private static bool NameIs(ref Utf8JsonReader reader, string? decoded, ReadOnlySpan<byte> utf8, string name) =>
        decoded is null ? reader.ValueSpan.SequenceEqual(utf8) : string.Equals(decoded, name, StringComparison.Ordinal);

    private static JsonDocumentOptions DocumentOptions(JsonReaderOptions options) => new()
    {
        MaxDepth = options.MaxDepth,
        CommentHandling = options.CommentHandling,
        AllowTrailingCommas = options.AllowTrailingCommas,
    };

    /// <summary>The request's "relations", as <see cref="JsonInput.OptionalArray"/> would give them, without a path string per relation.</summary>
    private static List<CustomRelation> ReadRelations(CheckRequestScan scan)
    {
        var root = scan.Root;
        if (!root.TryGetProperty("relations", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        const string relationsPath = $"{Root}.relations";
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new InputException(relationsPath, JsonInput.Describe(array), "an array", InputError.WrongType);
        }

        var utf8 = scan.Utf8[scan.Relations!.Value];
        var reader = new Utf8JsonReader(utf8.Span, scan.Options);
        reader.Read();
        var relations = new List<CustomRelation>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            relations.Add(ReadRelation(utf8.Span, ref reader, LinePath.Of(relationsPath, index++)));
        }

        return relations;
    }

    private static CustomRelation ReadRelation(ReadOnlySpan<byte> utf8, ref Utf8JsonReader reader, LinePath place)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InputException(place.Text, FieldToken.Read(ref reader).Describe(utf8), "a JSON object", InputError.WrongType);
        }

        FieldToken id = default, metric = default, formula = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Names are compared as their raw bytes, decoded only when written with escapes.
            var decoded = reader.ValueIsEscaped ? reader.GetString() : null;
            var field = NameIs(ref reader, decoded, "id"u8, "id") ? 1 : NameIs(ref reader, decoded, "metric"u8, "metric") ? 2
                : NameIs(ref reader, decoded, "formula"u8, "formula") ? 3 : FieldNames.Annotations.Contains(ref reader) ? 0 : -1;
            var name = field < 0 ? decoded ?? reader.GetString()! : null;
            reader.Read();
            if (field == 0)
            {
                reader.Skip();
                continue;
            }

            var token = FieldToken.Read(ref reader);
            switch (field)
            {
                case 1:
                    id = token;
                    break;
                case 2:
                    metric = token;
                    break;
                case 3:
                    formula = token;
                    break;
                default:
                    throw UnknownField(name!, token, utf8, place.Text, RelationFields.Names);
            }
        }

        var at = new ElementFieldPlace(place);
        return CheckRequestFields.BuildRelation(
            OptionalString(id, "id", at, utf8),
            OptionalString(metric, "metric", at, utf8),
            OptionalString(formula, "formula", at, utf8),
            at,
            place);
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
