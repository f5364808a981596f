using System.Text.Json;
using System.Text.Unicode;
using Emissions.Budget;
using Emissions.Inventory;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>
/// Reads the usual check request straight from its UTF-8 bytes in one <see cref="Utf8JsonReader"/> pass: no document
/// of the whole request (issue 16). It reads only what it can prove the document path (a body parsed within the limits,
/// then <see cref="CheckRequestReader.Read"/>) would accept, and gives the same request; for anything else — an error of
/// any kind, escaped names, raw inputs, uncertainty or one-off factors, amounts as objects — it gives
/// <see langword="null"/> and the caller reads the body the document way, which finds the error and names it as before.
/// </summary>
/// <remarks>
/// The framing the document path refuses is proved here too: valid UTF-8, nesting within the limit, each field once per
/// object (every name is one of a fixed set, so a bit per name finds a repeat; an escaped name is left to the document
/// path), at most the limit of array entries in the whole body (annotations' included), one value and nothing after it.
/// Each figure's fields are kept as strings during the pass and built afterwards, once the options (which may come
/// after the figures) have given the number format.
/// </remarks>
internal static class CheckRequestUtf8Reader
{
    private const string FiguresPath = "$.figures";

    private const string RelationsPath = "$.relations";

    private const int AnnotationBit = 16;

    /// <summary>
    /// The request in <paramref name="utf8"/>, or <see langword="null"/> when it should be read the document way (it may
    /// be wrong, or right in a way this reader leaves to the document path).
    /// </summary>
    /// <param name="utf8">The body's bytes, after any byte-order mark.</param>
    /// <param name="maxDepth">The nesting limit the body is framed within (a container at this depth is refused).</param>
    /// <param name="maxEntries">The array entries the whole body may hold.</param>
    /// <param name="maxFigures">The figures a request may hold (<see cref="CheckRequestReader.Read"/>'s limit).</param>
    public static CheckRequest? TryRead(ReadOnlySpan<byte> utf8, int maxDepth, int maxEntries, int maxFigures)
    {
        // Depth 3 holds a figure's annotation list; a lower limit is left to the document path's message.
        if (maxDepth < 4 || !Utf8.IsValid(utf8))
        {
            return null;
        }

        try
        {
            return Read(utf8, maxDepth, maxEntries, maxFigures);
        }
        catch (JsonException)
        {
            return null; // malformed, or nested too deep: the document path names where
        }
        catch (InvalidOperationException)
        {
            return null; // an escape that decodes to no text (a lone surrogate)
        }
        catch (InputException)
        {
            return null; // a field's value refused: the document path refuses it with the same message, in its order
        }
    }

    // One list of raw figures per thread, reused: grown from 4 to 32 entries of ~80 bytes, a new list was ~4.4 KB of the
    // ~50 KB a 25-figure request allocates, and its growth copied every entry up to three times.
    [ThreadStatic]
    private static List<RawFigure>? t_figures;

    // Past this many entries (80 bytes each) a thread does not keep the list for the next request.
    private const int KeptFigures = 1024;

    private static CheckRequest? Read(ReadOnlySpan<byte> utf8, int maxDepth, int maxEntries, int maxFigures)
    {
        // Taken off the thread while in use, cleared (its strings released) and given back after, whatever happens.
        var rawFigures = t_figures ?? new List<RawFigure>(32);
        t_figures = null;
        try
        {
            return Read(utf8, maxDepth, maxEntries, maxFigures, rawFigures);
        }
        finally
        {
            rawFigures.Clear();
            if (rawFigures.Capacity <= KeptFigures)
            {
                t_figures = rawFigures;
            }
        }
    }

    private static CheckRequest? Read(ReadOnlySpan<byte> utf8, int maxDepth, int maxEntries, int maxFigures, List<RawFigure> rawFigures)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var entries = 0;
        var seen = 0;
        string? organization = null, period = null, site = null, source = null;
        List<RawFigure>? figures = null;
        List<RawRelation>? relations = null;
        var options = new RawOptions();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader, TopFields);
            if (field < 0 || !Once(ref seen, field))
            {
                return null;
            }

            reader.Read();
            var ok = field switch
            {
                0 => OptionalString(ref reader, out organization),
                1 => OptionalString(ref reader, out period),
                2 => OptionalString(ref reader, out site),
                3 => OptionalString(ref reader, out source),
                4 => ReadList(ref reader, ref entries, maxEntries, ReadFigure, figures = rawFigures),
                5 => ReadRelations(ref reader, ref entries, maxEntries, out relations),
                6 => reader.TokenType == JsonTokenType.Null, // raw inputs: read the document way
                7 => ReadOptions(ref reader, ref options),
                _ => SkipAnnotation(ref reader, ref entries, maxEntries),
            };
            if (!ok)
            {
                return null;
            }
        }

        // The root object ends here and nothing but white space follows (Read throws at anything else).
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || figures is null || figures.Count > maxFigures)
        {
            return null;
        }

        var checkOptions = options.Build();
        using var reading = AmountReading.Begin(checkOptions.NumberFormat);
        var built = new List<ReportedFigure>(figures.Count);
        for (var i = 0; i < figures.Count; i++)
        {
            WorkBudget.Checkpoint();
            built.Add(figures[i].Build(LinePath.Of(FiguresPath, i), utf8));
        }

        CheckRequestFields.RejectDuplicateIds(built);
        var customRelations = new List<CustomRelation>(relations?.Count ?? 0);
        for (var i = 0; i < (relations?.Count ?? 0); i++)
        {
            var place = LinePath.Of(RelationsPath, i);
            var (id, metric, formula) = relations![i];
            customRelations.Add(CheckRequestFields.BuildRelation(id, metric, formula, new ElementFieldPlace(place), place));
        }

        CheckRequestFields.CheckRelations(customRelations, built);
        return new CheckRequest(organization, period, built, customRelations, checkOptions) { Source = source, Site = site };
    }

    /// <summary>Marks field <paramref name="bit"/> read in this object; false when it was already (the name given twice).</summary>
    private static bool Once(ref int seen, int bit)
    {
        var mask = 1 << bit;
        if ((seen & mask) != 0)
        {
            return false;
        }

        seen |= mask;
        return true;
    }

    // A top-level field's bit (the document path's order: organization 0 … options 7), or an annotation's.
    private static readonly Utf8FieldTable TopFields = new(
        [("organization", 0), ("period", 1), ("site", 2), ("source", 3), ("figures", 4), ("relations", 5), ("inputs", 6), ("options", 7)], AnnotationBit);

    // A figure's field: value 0, unit 1, id 2, metric 3, qualifier 4, period 5, site 6, label 7, or an annotation's.
    private static readonly Utf8FieldTable FigureFields = new(
        [("value", 0), ("unit", 1), ("id", 2), ("metric", 3), ("qualifier", 4), ("period", 5), ("site", 6), ("label", 7)], AnnotationBit);

    // A relation's field: id 0, metric 1, formula 2, or an annotation's.
    private static readonly Utf8FieldTable RelationFields = new([("id", 0), ("metric", 1), ("formula", 2)], AnnotationBit);

    // The options' fields; annotations in options are left to the document path.
    private static readonly Utf8FieldTable OptionFields = new(
        [("materiality", 0), ("aboutTolerance", 1), ("factorSet", 2), ("numberFormat", 3), ("factors", 4), ("uncertainty", 5)], annotationBit: null);

    /// <summary>The field's bit in <paramref name="fields"/>, or -1 (also for an escaped name: the document path reads those).</summary>
    private static int Field(ref Utf8JsonReader reader, Utf8FieldTable fields) => reader.ValueIsEscaped ? -1 : fields.Find(reader.ValueSpan);

    /// <summary>A string or null, as <see cref="JsonInput.OptionalString"/> reads one; false for any other value.</summary>
    private static bool OptionalString(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
    }

    /// <summary>As <see cref="OptionalString"/>, for a field whose strings repeat (units, metrics, qualifiers, periods, sites): <see cref="Utf8Vocabulary"/>.</summary>
    private static bool VocabularyString(ref Utf8JsonReader reader, out string? value)
    {
        value = reader.TokenType == JsonTokenType.String ? Utf8Vocabulary.Current.GetString(ref reader) : null;
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
    }

    // One entry of a list, read from its "{": false for anything the document path must read instead.
    private delegate bool EntryReader<T>(ref Utf8JsonReader reader, ref int entries, int maxEntries, out T entry);

    // A list of objects into an empty list, each counted against the array-entry limit as the document path counts it.
    private static bool ReadList<T>(ref Utf8JsonReader reader, ref int entries, int maxEntries, EntryReader<T> read, List<T> items)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject || ++entries > maxEntries || !read(ref reader, ref entries, maxEntries, out var entry))
            {
                return false;
            }

            items.Add(entry);
        }

        return true;
    }

    private static bool ReadFigure(ref Utf8JsonReader reader, ref int entries, int maxEntries, out RawFigure figure)
    {
        figure = default;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader, FigureFields);
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            reader.Read();
            var ok = field switch
            {
                0 => ReadValue(ref reader, ref figure),
                1 => VocabularyString(ref reader, out figure.Unit),
                2 => OptionalString(ref reader, out figure.Id),
                3 => VocabularyString(ref reader, out figure.Metric),
                4 => VocabularyString(ref reader, out figure.Qualifier),
                5 => VocabularyString(ref reader, out figure.Period),
                6 => VocabularyString(ref reader, out figure.Site),
                7 => OptionalString(ref reader, out figure.Label),
                _ => SkipAnnotation(ref reader, ref entries, maxEntries),
            };
            if (!ok)
            {
                return false;
            }
        }

        return figure.HasValue;
    }

    /// <summary>
    /// A figure's value as printed: a string, or a number's text (then with no unit given, none); an amount object is left
    /// to the document path. An unescaped value is kept as its place in the body, read from the bytes once the number
    /// format is known (no string is made of "13,543.85": nothing keeps it).
    /// </summary>
    private static bool ReadValue(ref Utf8JsonReader reader, ref RawFigure figure)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String when reader.ValueIsEscaped:
                figure.Value = reader.GetString();
                figure.HasValue = true;
                return true;
            case JsonTokenType.String:
                // The bytes between the quotes: the body is one span, so the value is a slice of it.
                figure.ValueStart = checked((int)reader.TokenStartIndex + 1);
                figure.ValueLength = reader.ValueSpan.Length;
                figure.HasValue = true;
                return true;
            case JsonTokenType.Number:
                figure.ValueStart = checked((int)reader.TokenStartIndex);
                figure.ValueLength = reader.ValueSpan.Length;
                figure.HasValue = true;
                figure.IsNumber = true;
                return true;
            default:
                return false;
        }
    }

    private static bool ReadRelations(ref Utf8JsonReader reader, ref int entries, int maxEntries, out List<RawRelation>? relations)
    {
        relations = null;
        return reader.TokenType == JsonTokenType.Null || ReadList(ref reader, ref entries, maxEntries, ReadRelation, relations = []);
    }

    private static bool ReadRelation(ref Utf8JsonReader reader, ref int entries, int maxEntries, out RawRelation relation)
    {
        string? id = null, metric = null, formula = null;
        relation = default;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader, RelationFields);
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            reader.Read();
            var ok = field switch
            {
                0 => OptionalString(ref reader, out id),
                1 => OptionalString(ref reader, out metric),
                2 => OptionalString(ref reader, out formula),
                _ => SkipAnnotation(ref reader, ref entries, maxEntries),
            };
            if (!ok)
            {
                return false;
            }
        }

        relation = new RawRelation(id, metric, formula);
        return true;
    }

    /// <summary>The options this reader takes: materiality, aboutTolerance, factorSet, numberFormat, and factors or uncertainty only as null.</summary>
    private static bool ReadOptions(ref Utf8JsonReader reader, ref RawOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        options.Given = true;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader, OptionFields);
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            reader.Read();
            var ok = field switch
            {
                0 => Fraction(ref reader, out options.Materiality),
                1 => Fraction(ref reader, out options.AboutTolerance),
                2 => OptionalString(ref reader, out options.FactorSet),
                3 => OptionalString(ref reader, out options.NumberFormat),
                _ => reader.TokenType == JsonTokenType.Null,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A materiality or tolerance as printed: a string, a number's text, or null for the default.</summary>
    private static bool Fraction(ref Utf8JsonReader reader, out string? text)
    {
        text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            _ => null,
        };
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null;
    }

    /// <summary>
    /// Passes over an annotation's value, counting the array entries in it against the body's limit. Objects inside an
    /// annotation (whose names the framing would check for repeats) are left to the document path.
    /// </summary>
    private static bool SkipAnnotation(ref Utf8JsonReader reader, ref int entries, int maxEntries)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return false;
            case JsonTokenType.StartArray:
                var depth = reader.CurrentDepth;
                while (reader.Read() && reader.CurrentDepth > depth)
                {
                    // Everything in here is an array entry or closes one: only arrays and scalars may nest.
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject:
                            return false;
                        case JsonTokenType.EndArray:
                            break;
                        default:
                            if (++entries > maxEntries || (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped && reader.GetString() is null))
                            {
                                return false;
                            }

                            break;
                    }
                }

                return true;
            case JsonTokenType.String:
                // An escaped string is decoded, as the framing does, so that one that decodes to no text is refused there.
                return !reader.ValueIsEscaped || reader.GetString() is not null;
            default:
                return true;
        }
    }

    /// <summary>A figure's fields as given, built once the number format is known.</summary>
    private struct RawFigure
    {
        public string? Id;
        public string? Metric;

        /// <summary>An escaped value's text; null for an unescaped one, which is <see cref="ValueLength"/> bytes of the body from <see cref="ValueStart"/>.</summary>
        public string? Value;
        public int ValueStart;
        public int ValueLength;
        public bool HasValue;
        public bool IsNumber;
        public string? Unit;
        public string? Qualifier;
        public string? Period;
        public string? Site;
        public string? Label;

        public readonly ReportedFigure Build(LinePath place, ReadOnlySpan<byte> body)
        {
            var unit = IsNumber ? Unit ?? "" : Unit;
            return Value is not null
                ? CheckRequestFields.BuildFigure(Id, Metric, Value, unit, Qualifier, Period, Site, Label, new ElementFieldPlace(place), place)
                : CheckRequestFields.BuildFigure(Id, Metric, body.Slice(ValueStart, ValueLength), unit, Qualifier, Period, Site, Label, new ElementFieldPlace(place), place);
        }
    }

    private readonly record struct RawRelation(string? Id, string? Metric, string? Formula);

    private struct RawOptions
    {
        public bool Given;
        public string? Materiality;
        public string? AboutTolerance;
        public string? FactorSet;
        public string? NumberFormat;

        public readonly CheckOptions Build()
        {
            if (!Given)
            {
                return CheckOptions.Default;
            }

            const string at = "$.options";
            return new CheckOptions
            {
                Materiality = Materiality is null ? CheckOptions.Default.Materiality : CheckRequestReader.ParseFraction(Materiality, $"{at}.materiality"),
                AboutTolerance = AboutTolerance is null ? CheckOptions.Default.AboutTolerance : CheckRequestReader.ParseFraction(AboutTolerance, $"{at}.aboutTolerance"),
                FactorSet = FactorSet,
                Factors = new Dictionary<Metrics.Expressions.FactorReference, Measurement>(),
                Uncertainty = null,
                NumberFormat = NumberFormats.TryParse(NumberFormat, out var format)
                    ? format
                    : throw new InputException($"{at}.numberFormat", NumberFormat, NumberFormats.Expected),
            };
        }
    }
}
