using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Runtime.CompilerServices;
using System.Text;
using Emissions.Factors;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

// Just over 400 lines on purpose: the check answer's JSON is written field by field in one place, in CONTRACT order,
// so that a reader can compare it with docs/schemas/check-answer.schema.json top to bottom.
/// <summary>
/// The CONTRACT "Check" response as JSON. Numbers travel as strings so that no precision is lost:
/// values and interval ends are exact decimals in the checked figure's printed unit (null = unbounded),
/// deviations are measurement strings ("289.5444 兆瓦時", "0.0402 %").
/// </summary>
internal static class CheckReportJson
{
    // Without the writer's structure checks: the calls below are fixed, and the service's serializer already runs this
    // same code with them off (JsonSerializerOptions' writers always set SkipValidation).
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static string Write(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, report);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter writer, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        WriteOptional(writer, Names.Organization, report.Organization);
        WriteOptional(writer, Names.Period, report.Period);
        WriteOptional(writer, Names.Source, report.Source);
        writer.WriteStartArray(Names.Checks);
        var units = new RecentUnits(writer.Options.Encoder);
        foreach (var check in report.Checks)
        {
            WriteCheck(writer, check, ref units);
        }

        writer.WriteEndArray();
        writer.WriteStartObject(Names.Summary);
        foreach (var (verdict, count) in report.Summary)
        {
            writer.WriteNumber(verdict, count);
        }

        writer.WriteEndObject();
        writer.WriteStartArray(Names.Flags);
        foreach (var flag in report.Flags)
        {
            writer.WriteStartObject();
            WriteText(writer, Names.Rule, flag.Rule);
            writer.WriteStartArray(Names.Figures);
            foreach (var figure in flag.Figures)
            {
                writer.WriteStringValue(figure);
            }

            writer.WriteEndArray();
            WriteText(writer, Names.Message, flag.Message);
            writer.WriteStartArray(Names.Assumptions);
            foreach (var assumption in flag.Assumptions)
            {
                writer.WriteStringValue(assumption);
            }

            writer.WriteEndArray();
            writer.WriteStartObject(Names.Numbers);
            foreach (var (name, value) in flag.Numbers)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Names.Notes);
        foreach (var note in report.Notes)
        {
            writer.WriteStringValue(note);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCheck(Utf8JsonWriter writer, CheckResult check, ref RecentUnits units)
    {
        writer.WriteStartObject();
        WriteText(writer, Names.Relation, check.Relation);
        WriteText(writer, Names.Figure, check.Figure);
        WriteOptionalText(writer, Names.Metric, check.Metric);
        WriteOptional(writer, Names.Period, check.Period);
        WriteOptional(writer, Names.Site, check.Site);
        check.WriteFormula(writer, Names.Formula);
        writer.WriteString(Names.Verdict, Names.VerdictName(check.Verdict));
        WriteView(writer, Names.Reported, check.Reported, asPrinted: true, ref units);
        if (check.Recomputed is { } recomputed)
        {
            WriteView(writer, Names.Recomputed, recomputed, asPrinted: false, ref units);
        }

        if (check.Deviation is { } deviation)
        {
            writer.WriteStartObject(Names.Deviation);
            WriteMeasure(writer, Names.Absolute, deviation.Absolute, deviation.Unit);
            if (deviation.Relative is { } relative)
            {
                WriteMeasure(writer, Names.Relative, relative * 100m, "%");
            }
            else
            {
                writer.WriteNull(Names.Relative);
            }

            writer.WriteEndObject();
        }

        writer.WriteBoolean(Names.Material, check.Material);
        writer.WriteStartArray(Names.Implied);
        var impliedValues = check.Implied;
        for (var i = 0; i < impliedValues.Count; i++)
        {
            // By index: a foreach over the interface would box the list's enumerator for every check.
            var implied = impliedValues[i];
            writer.WriteStartObject();
            WriteText(writer, Names.Name, implied.Name);
            WriteNumber(writer, Names.Value, implied.Value);
            WriteUnit(writer, implied.Unit, ref units);
            WriteNumberOrNull(writer, Names.Low, implied.Low);
            WriteNumberOrNull(writer, Names.High, implied.High);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (check.Attribution.Count > 0)
        {
            WriteAttribution(writer, check.Attribution);
        }

        if (check.Uncertainty is { } weighed)
        {
            writer.WriteStartObject(Names.Uncertainty);
            WriteText(writer, Names.Label, weighed.Label);
            writer.WriteBoolean(Names.Within, weighed.Within);
            WriteMeasure(writer, Names.Gap, weighed.GapPercent, "%");
            WriteMeasure(writer, Names.Combined, weighed.CombinedPercent, "%");
            writer.WriteStartArray(Names.Inputs);
            weighed.Inputs.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (check.IfExact is { } exact)
        {
            writer.WriteStartObject(Names.IfExact);
            WriteNumber(writer, Names.PrintsAs, exact.PrintsAs);
            writer.WriteString(Names.Verdict, Names.VerdictName(exact.Verdict));
            writer.WriteEndObject();
        }

        check.WriteExplanation(writer, Names.Explanation);
        writer.WriteEndObject();
    }

    /// <summary>Only when a factor was solved for (additive: absent otherwise).</summary>
    private static void WriteAttribution(Utf8JsonWriter writer, IReadOnlyList<FactorAttribution> attributions)
    {
        writer.WriteStartArray(Names.Attribution);
        foreach (var a in attributions)
        {
            writer.WriteStartObject();
            WriteText(writer, Names.Factor, a.Factor);
            WriteNumber(writer, Names.Implied, a.Implied);
            WriteText(writer, Names.Unit, a.Unit);
            WriteNumberOrNull(writer, Names.Low, a.Low);
            WriteNumberOrNull(writer, Names.High, a.High);
            writer.WriteNumber(Names.Searched, a.Searched);
            WriteFactors(writer, Names.ExplainedBy, a.ExplainedBy);
            WriteFactors(writer, Names.Nearest, a.Nearest);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteFactors(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<AttributedFactor> factors)
    {
        writer.WriteStartArray(name);
        foreach (var f in factors)
        {
            writer.WriteStartObject();
            WriteText(writer, Names.FactorId, f.FactorId);
            WriteNumber(writer, Names.Value, f.Value);
            WriteText(writer, Names.Unit, f.Unit);
            WriteText(writer, Names.Edition, f.Edition);
            WriteOptional(writer, Names.Region, f.Region);
            if (f.Year is { } year)
            {
                writer.WriteNumber(Names.Year, year);
            }
            else
            {
                writer.WriteNull(Names.Year);
            }

            writer.WriteString(Names.Verification, f.Verification.ToWire());
            WriteOptional(writer, Names.Basis, f.Basis);
            WriteMeasure(writer, Names.Gap, f.Gap * 100m, "%");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteView(Utf8JsonWriter writer, JsonEncodedText name, ValueView view, bool asPrinted, ref RecentUnits units)
    {
        writer.WriteStartObject(name);
        if (asPrinted && view.Value is { } printed)
        {
            // As printed, trailing zeros included: "32.30". Laid out from the mantissa when it fits 64 bits (every printed
            // figure so far), else by the runtime's formatter: the same text, without the runtime's digit buffer.
            Span<byte> text = stackalloc byte[ReportNumberText.MaxLength];
            if (!DecimalDigits.TryFormat(printed, text, out var length))
            {
                printed.TryFormat(text, out length, default, CultureInfo.InvariantCulture);
            }

            writer.WriteString(Names.Value, text[..length]);
        }
        else
        {
            WriteNumberOrNull(writer, Names.Value, view.Value);
        }

        WriteUnit(writer, view.Unit, ref units);
        if (view.Qualifier is { } qualifier)
        {
            WriteText(writer, Names.Qualifier, qualifier);
        }

        WriteNumberOrNull(writer, Names.Low, view.Low);
        WriteNumberOrNull(writer, Names.High, view.High);
        writer.WriteBoolean(Names.LowInclusive, view.LowInclusive);
        writer.WriteBoolean(Names.HighInclusive, view.HighInclusive);
        writer.WriteEndObject();
    }

    /// <summary>
    /// A unit symbol: a report's few units ("兆瓦時") are written several times per check, so each is encoded for the
    /// writer's encoder once per thread (<see cref="UnitTexts"/>) instead of being transcoded and checked every time, and
    /// the answer's last few are found by identity alone (<paramref name="units"/>).
    /// </summary>
    private static void WriteUnit(Utf8JsonWriter writer, string unit, ref RecentUnits units) =>
        writer.WriteString(Names.Unit, units.For(unit));

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, decimal value)
    {
        Span<byte> text = stackalloc byte[ReportNumberText.MaxLength];
        writer.WriteString(name, text[..ReportNumberText.Format(value, text)]);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, JsonEncodedText name, decimal? value)
    {
        if (value is { } v)
        {
            WriteNumber(writer, name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>"289.5444 兆瓦時": the number as <see cref="Number"/> prints it, a space and the unit (none when the unit is empty).</summary>
    private static void WriteMeasure(Utf8JsonWriter writer, JsonEncodedText name, decimal value, string unit)
    {
        Span<byte> text = stackalloc byte[ReportNumberText.MaxLength + 1 + MaxInlineUnitBytes];
        var length = ReportNumberText.Format(value, text);
        if (unit.Length == 0)
        {
            writer.WriteString(name, text[..length]);
        }
        else if (Encoding.UTF8.GetMaxByteCount(unit.Length) <= MaxInlineUnitBytes)
        {
            text[length++] = (byte)' ';
            length += Encoding.UTF8.GetBytes(unit, text[length..]);
            writer.WriteString(name, text[..length]);
        }
        else
        {
            writer.WriteString(name, $"{Encoding.UTF8.GetString(text[..length])} {unit}");
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            WriteText(writer, name, value);
        }
    }

    /// <summary>
    /// A string value; plain ASCII (ids, relation and metric names, periods) narrowed here and written as UTF-8: the same
    /// bytes (the encoder escapes an ASCII character alike in either form), without the writer's UTF-16 scan and
    /// transcoding (~800 instructions a string against ~450). Other text goes to the writer as it is.
    /// </summary>
    [SkipLocalsInit]
    internal static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, string value)
    {
        if (value.Length <= MaxInlineTextBytes)
        {
            Span<byte> ascii = stackalloc byte[MaxInlineTextBytes];
            if (Ascii.FromUtf16(value, ascii, out var written) == OperationStatus.Done)
            {
                writer.WriteString(name, ascii[..written]);
                return;
            }
        }

        writer.WriteString(name, value);
    }

    /// <summary>A string value, or JSON null (as <c>WriteString(name, (string?)null)</c> writes it).</summary>
    private static void WriteOptionalText(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            WriteText(writer, name, value);
        }
    }

    /// <summary>Exact, except that quotients are cut to 20 significant digits: 32.299176705893297362668031071 → 32.299176705893297363.</summary>
    public static string Number(decimal value)
    {
        Span<byte> text = stackalloc byte[ReportNumberText.MaxLength];
        return Encoding.ASCII.GetString(text[..ReportNumberText.Format(value, text)]);
    }

    private const int MaxInlineUnitBytes = 192;

    private const int MaxInlineTextBytes = 256;

    /// <summary>The response's property names, encoded once rather than on every write.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Absolute = JsonEncodedText.Encode("absolute");

        public static readonly JsonEncodedText Attribution = JsonEncodedText.Encode("attribution");
        public static readonly JsonEncodedText Uncertainty = JsonEncodedText.Encode("uncertainty");
        public static readonly JsonEncodedText Within = JsonEncodedText.Encode("within");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Inputs = JsonEncodedText.Encode("inputs");
        public static readonly JsonEncodedText Combined = JsonEncodedText.Encode("combined");

        public static readonly JsonEncodedText Basis = JsonEncodedText.Encode("basis");

        public static readonly JsonEncodedText Edition = JsonEncodedText.Encode("edition");

        public static readonly JsonEncodedText ExplainedBy = JsonEncodedText.Encode("explainedBy");

        public static readonly JsonEncodedText Factor = JsonEncodedText.Encode("factor");

        public static readonly JsonEncodedText FactorId = JsonEncodedText.Encode("factorId");

        public static readonly JsonEncodedText Gap = JsonEncodedText.Encode("gap");

        public static readonly JsonEncodedText Nearest = JsonEncodedText.Encode("nearest");

        public static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");

        public static readonly JsonEncodedText Searched = JsonEncodedText.Encode("searched");

        public static readonly JsonEncodedText Verification = JsonEncodedText.Encode("verification");

        public static readonly JsonEncodedText Year = JsonEncodedText.Encode("year");

        public static readonly JsonEncodedText Assumptions = JsonEncodedText.Encode("assumptions");

        public static readonly JsonEncodedText Checks = JsonEncodedText.Encode("checks");

        public static readonly JsonEncodedText Deviation = JsonEncodedText.Encode("deviation");

        public static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");

        public static readonly JsonEncodedText Figure = JsonEncodedText.Encode("figure");

        public static readonly JsonEncodedText Figures = JsonEncodedText.Encode("figures");

        public static readonly JsonEncodedText Flags = JsonEncodedText.Encode("flags");

        public static readonly JsonEncodedText Formula = JsonEncodedText.Encode("formula");

        public static readonly JsonEncodedText High = JsonEncodedText.Encode("high");

        public static readonly JsonEncodedText HighInclusive = JsonEncodedText.Encode("highInclusive");

        public static readonly JsonEncodedText IfExact = JsonEncodedText.Encode("ifExact");

        public static readonly JsonEncodedText Implied = JsonEncodedText.Encode("implied");

        public static readonly JsonEncodedText Low = JsonEncodedText.Encode("low");

        public static readonly JsonEncodedText LowInclusive = JsonEncodedText.Encode("lowInclusive");

        public static readonly JsonEncodedText Material = JsonEncodedText.Encode("material");

        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");

        public static readonly JsonEncodedText Metric = JsonEncodedText.Encode("metric");

        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

        public static readonly JsonEncodedText Notes = JsonEncodedText.Encode("notes");

        public static readonly JsonEncodedText Numbers = JsonEncodedText.Encode("numbers");

        public static readonly JsonEncodedText Organization = JsonEncodedText.Encode("organization");

        public static readonly JsonEncodedText Period = JsonEncodedText.Encode("period");

        public static readonly JsonEncodedText PrintsAs = JsonEncodedText.Encode("printsAs");

        public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");

        public static readonly JsonEncodedText Recomputed = JsonEncodedText.Encode("recomputed");

        public static readonly JsonEncodedText Relation = JsonEncodedText.Encode("relation");

        public static readonly JsonEncodedText Relative = JsonEncodedText.Encode("relative");

        public static readonly JsonEncodedText Reported = JsonEncodedText.Encode("reported");

        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");

        public static readonly JsonEncodedText Site = JsonEncodedText.Encode("site");

        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");

        public static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");

        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");

        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

        public static readonly JsonEncodedText Verdict = JsonEncodedText.Encode("verdict");

        // The verdicts' wire names are plain ASCII, the same bytes under every encoder: encoded once, not on every write.
        private static readonly JsonEncodedText[] Verdicts =
            [.. Enum.GetValues<global::Emissions.Verification.Verdict>().Select(v => JsonEncodedText.Encode(v.Name()))];

        public static JsonEncodedText VerdictName(global::Emissions.Verification.Verdict verdict) => Verdicts[(int)verdict];
    }
}
