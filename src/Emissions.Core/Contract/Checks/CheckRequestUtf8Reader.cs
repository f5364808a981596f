using System.Text.Json;
using System.Text.Unicode;
using Emissions.Budget;
using Emissions.Inventory;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>
/// Reads the usual check request straight from its UTF-8 bytes in one pass of a <see cref="Utf8JsonCursor"/>: no document
/// of the whole request (issue 16). It reads only what it can prove the document path (a body parsed within the limits,
/// then <see cref="CheckRequestReader.Read"/>) would accept, and gives the same request; for anything else — an error of
/// any kind, escaped names, raw inputs, uncertainty or one-off factors, amounts as objects, objects or lists inside an
/// annotation — it gives <see langword="null"/> and the caller reads the body the document way, which finds the error and
/// names it as before.
/// </summary>
/// <remarks>
/// The framing the document path refuses is proved here too: valid UTF-8, strict JSON, nesting within the limit (the
/// shapes read here nest four deep at most), each field once per object (every name is one of a fixed set, so a bit per
/// name finds a repeat; an escaped name is left to the document path), at most the limit of array entries in the whole
/// body (annotations' included), one value and nothing after it. Each figure's fields are kept during the pass and built
/// afterwards, once the options (which may come after the figures) have given the number format.
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
        // A figure's annotation list is the fourth container deep; a lower limit is left to the document path's message.
        if (maxDepth < 4 || !Utf8.IsValid(utf8))
        {
            return null;
        }

        try
        {
            return Read(utf8, maxEntries, maxFigures);
        }
        catch (JsonException)
        {
            return null; // not strict JSON (Utf8JsonCursor), or an invalid escape: the document path names where
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

    private static CheckRequest? Read(ReadOnlySpan<byte> utf8, int maxEntries, int maxFigures)
    {
        // Taken off the thread while in use, cleared (its strings released) and given back after, whatever happens.
        var rawFigures = t_figures ?? new List<RawFigure>(32);
        t_figures = null;
        try
        {
            return Read(utf8, maxEntries, maxFigures, rawFigures);
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

    private static CheckRequest? Read(ReadOnlySpan<byte> utf8, int maxEntries, int maxFigures, List<RawFigure> rawFigures)
    {
        var json = new Utf8JsonCursor(utf8);
        if (!json.TakeIf((byte)'{'))
        {
            return null;
        }

        var entries = 0;
        var seen = 0;
        string? organization = null, period = null, site = null, source = null;
        List<RawFigure>? figures = null;
        List<RawRelation>? relations = null;
        var options = new RawOptions();
        var first = true;
        while (json.Next(ref first, (byte)'}'))
        {
            var field = Field(ref json, TopFields);
            if (field < 0 || !Once(ref seen, field))
            {
                return null;
            }

            var ok = field switch
            {
                0 => OptionalString(ref json, out organization),
                1 => OptionalString(ref json, out period),
                2 => OptionalString(ref json, out site),
                3 => OptionalString(ref json, out source),
                4 => ReadList(ref json, ref entries, maxEntries, ReadFigure, figures = rawFigures),
                5 => ReadRelations(ref json, ref entries, maxEntries, out relations),
                6 => Null(ref json), // raw inputs: read the document way
                7 => ReadOptions(ref json, ref options),
                _ => SkipAnnotation(ref json, ref entries, maxEntries),
            };
            if (!ok)
            {
                return null;
            }
        }

        // The root object ends here and nothing but white space follows.
        json.ExpectEnd();
        if (figures is null || figures.Count > maxFigures)
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

    /// <summary>The next member's bit in <paramref name="fields"/> (its ":" taken), or -1 (also for an escaped name: the document path reads those).</summary>
    private static int Field(ref Utf8JsonCursor json, Utf8FieldTable fields)
    {
        var name = json.Name();
        return name.Escaped ? -1 : fields.Find(json.Bytes(name));
    }

    /// <summary>A null; false for any other value.</summary>
    private static bool Null(ref Utf8JsonCursor json)
    {
        if (json.Peek() != (byte)'n')
        {
            return false;
        }

        json.Literal();
        return true;
    }

    /// <summary>A string or null, as <see cref="JsonInput.OptionalString"/> reads one; false for any other value.</summary>
    private static bool OptionalString(ref Utf8JsonCursor json, out string? value)
    {
        value = null;
        if (json.Peek() != (byte)'"')
        {
            return Null(ref json);
        }

        value = json.Text(json.String());
        return true;
    }

    /// <summary>As <see cref="OptionalString"/>, for a field whose strings repeat (units, metrics, qualifiers, periods, sites): <see cref="Utf8Vocabulary"/>.</summary>
    private static bool VocabularyString(ref Utf8JsonCursor json, out string? value)
    {
        value = null;
        if (json.Peek() != (byte)'"')
        {
            return Null(ref json);
        }

        var text = json.String();
        value = text.Escaped ? json.Text(text) : Utf8Vocabulary.Current.GetString(json.Bytes(text));
        return true;
    }

    // One entry of a list, read from its "{": false for anything the document path must read instead.
    private delegate bool EntryReader<T>(ref Utf8JsonCursor json, ref int entries, int maxEntries, out T entry);

    // A list of objects into an empty list, each counted against the array-entry limit as the document path counts it.
    private static bool ReadList<T>(ref Utf8JsonCursor json, ref int entries, int maxEntries, EntryReader<T> read, List<T> items)
    {
        if (!json.TakeIf((byte)'['))
        {
            return false;
        }

        var first = true;
        while (json.Next(ref first, (byte)']'))
        {
            if (!json.TakeIf((byte)'{') || ++entries > maxEntries || !read(ref json, ref entries, maxEntries, out var entry))
            {
                return false;
            }

            items.Add(entry);
        }

        return true;
    }

    private static bool ReadFigure(ref Utf8JsonCursor json, ref int entries, int maxEntries, out RawFigure figure)
    {
        figure = default;
        var seen = 0;
        var first = true;
        while (json.Next(ref first, (byte)'}'))
        {
            var field = Field(ref json, FigureFields);
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            var ok = field switch
            {
                0 => ReadValue(ref json, ref figure),
                1 => VocabularyString(ref json, out figure.Unit),
                2 => OptionalString(ref json, out figure.Id),
                3 => VocabularyString(ref json, out figure.Metric),
                4 => VocabularyString(ref json, out figure.Qualifier),
                5 => VocabularyString(ref json, out figure.Period),
                6 => VocabularyString(ref json, out figure.Site),
                7 => OptionalString(ref json, out figure.Label),
                _ => SkipAnnotation(ref json, ref entries, maxEntries),
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
    private static bool ReadValue(ref Utf8JsonCursor json, ref RawFigure figure)
    {
        switch (json.Peek())
        {
            case (byte)'"':
                var text = json.String();
                if (text.Escaped)
                {
                    figure.Value = json.Text(text);
                }
                else
                {
                    // The bytes between the quotes: the body is one span, so the value is a slice of it.
                    (figure.ValueStart, figure.ValueLength) = (text.Start, text.Length);
                }

                figure.HasValue = true;
                return true;
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                var number = json.Number();
                (figure.ValueStart, figure.ValueLength) = (number.Start, number.Length);
                figure.HasValue = true;
                figure.IsNumber = true;
                return true;
            default:
                return false;
        }
    }

    private static bool ReadRelations(ref Utf8JsonCursor json, ref int entries, int maxEntries, out List<RawRelation>? relations)
    {
        relations = null;
        return json.Peek() == (byte)'n' ? Null(ref json) : ReadList(ref json, ref entries, maxEntries, ReadRelation, relations = []);
    }

    private static bool ReadRelation(ref Utf8JsonCursor json, ref int entries, int maxEntries, out RawRelation relation)
    {
        string? id = null, metric = null, formula = null;
        relation = default;
        var seen = 0;
        var first = true;
        while (json.Next(ref first, (byte)'}'))
        {
            var field = Field(ref json, RelationFields);
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            var ok = field switch
            {
                0 => OptionalString(ref json, out id),
                1 => OptionalString(ref json, out metric),
                2 => OptionalString(ref json, out formula),
                _ => SkipAnnotation(ref json, ref entries, maxEntries),
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
    private static bool ReadOptions(ref Utf8JsonCursor json, ref RawOptions options)
    {
        if (json.Peek() == (byte)'n')
        {
            return Null(ref json);
        }

        if (!json.TakeIf((byte)'{'))
        {
            return false;
        }

        options.Given = true;
        var seen = 0;
        var first = true;
        while (json.Next(ref first, (byte)'}'))
        {
            var field = Field(ref json, OptionFields);
            if (field < 0 || !Once(ref seen, field))
            {
                return false;
            }

            var ok = field switch
            {
                0 => Fraction(ref json, out options.Materiality),
                1 => Fraction(ref json, out options.AboutTolerance),
                2 => OptionalString(ref json, out options.FactorSet),
                3 => OptionalString(ref json, out options.NumberFormat),
                _ => Null(ref json),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A materiality or tolerance as printed: a string, a number's text, or null for the default.</summary>
    private static bool Fraction(ref Utf8JsonCursor json, out string? text)
    {
        if (json.Peek() is (byte)'-' or (>= (byte)'0' and <= (byte)'9'))
        {
            text = System.Text.Encoding.UTF8.GetString(json.Bytes(json.Number()));
            return true;
        }

        return OptionalString(ref json, out text);
    }

    /// <summary>
    /// Passes over an annotation's value, counting the entries of a list against the body's limit. Objects and lists
    /// inside an annotation (whose names the framing would check for repeats, whose nesting it would check against the
    /// limit) are left to the document path.
    /// </summary>
    private static bool SkipAnnotation(ref Utf8JsonCursor json, ref int entries, int maxEntries)
    {
        switch (json.Peek())
        {
            case (byte)'{':
                return false;
            case (byte)'[':
                json.Expect((byte)'[');
                var first = true;
                while (json.Next(ref first, (byte)']'))
                {
                    if (json.Peek() is (byte)'[' or (byte)'{' || ++entries > maxEntries)
                    {
                        return false;
                    }

                    json.Scalar();
                }

                return true;
            default:
                json.Scalar();
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
