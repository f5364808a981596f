using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// The CONTRACT "Check" response as JSON. Numbers travel as strings so that no precision is lost:
/// values and interval ends are exact decimals in the checked figure's printed unit (null = unbounded),
/// deviations are measurement strings ("289.5444 兆瓦時", "0.0402 %").
/// </summary>
public static class CheckReportJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
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
        WriteOptional(writer, "organization", report.Organization);
        WriteOptional(writer, "period", report.Period);
        WriteOptional(writer, "source", report.Source);
        writer.WriteStartArray("checks");
        foreach (var check in report.Checks)
        {
            WriteCheck(writer, check);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        foreach (var (verdict, count) in report.Summary)
        {
            writer.WriteNumber(verdict, count);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("flags");
        foreach (var flag in report.Flags)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", flag.Rule);
            writer.WriteStartArray("figures");
            foreach (var figure in flag.Figures)
            {
                writer.WriteStringValue(figure);
            }

            writer.WriteEndArray();
            writer.WriteString("message", flag.Message);
            writer.WriteStartArray("assumptions");
            foreach (var assumption in flag.Assumptions)
            {
                writer.WriteStringValue(assumption);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("numbers");
            foreach (var (name, value) in flag.Numbers)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notes");
        foreach (var note in report.Notes)
        {
            writer.WriteStringValue(note);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCheck(Utf8JsonWriter writer, CheckResult check)
    {
        writer.WriteStartObject();
        writer.WriteString("relation", check.Relation);
        writer.WriteString("metric", check.Metric);
        WriteOptional(writer, "period", check.Period);
        WriteOptional(writer, "site", check.Site);
        writer.WriteString("formula", check.Formula);
        writer.WriteString("verdict", check.Verdict.Name());
        WriteView(writer, "reported", check.Reported);
        if (check.Recomputed is { } recomputed)
        {
            WriteView(writer, "recomputed", recomputed);
        }

        if (check.Deviation is { } deviation)
        {
            writer.WriteStartObject("deviation");
            writer.WriteString("absolute", Measure(deviation.Absolute, deviation.Unit));
            if (deviation.Relative is { } relative)
            {
                writer.WriteString("relative", Measure(relative * 100m, "%"));
            }
            else
            {
                writer.WriteNull("relative");
            }

            writer.WriteEndObject();
        }

        writer.WriteBoolean("material", check.Material);
        writer.WriteStartArray("implied");
        foreach (var implied in check.Implied)
        {
            writer.WriteStartObject();
            writer.WriteString("name", implied.Name);
            writer.WriteString("value", Number(implied.Value));
            writer.WriteString("unit", implied.Unit);
            WriteNumberOrNull(writer, "low", implied.Low);
            WriteNumberOrNull(writer, "high", implied.High);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (check.IfExact is { } exact)
        {
            writer.WriteStartObject("ifExact");
            writer.WriteString("printsAs", Number(exact.PrintsAs));
            writer.WriteString("verdict", exact.Verdict.Name());
            writer.WriteEndObject();
        }

        writer.WriteString("explanation", check.Explanation);
        writer.WriteEndObject();
    }

    private static void WriteView(Utf8JsonWriter writer, string name, ValueView view)
    {
        writer.WriteStartObject(name);
        if (name == "reported" && view.Value is { } printed)
        {
            // As printed, trailing zeros included: "32.30".
            writer.WriteString("value", printed.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            WriteNumberOrNull(writer, "value", view.Value);
        }

        writer.WriteString("unit", view.Unit);
        if (view.Qualifier is { } qualifier)
        {
            writer.WriteString("qualifier", qualifier);
        }

        WriteNumberOrNull(writer, "low", view.Low);
        WriteNumberOrNull(writer, "high", view.High);
        writer.WriteBoolean("lowInclusive", view.LowInclusive);
        writer.WriteBoolean("highInclusive", view.HighInclusive);
        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteString(name, Number(v));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Exact, except that quotients are cut to 20 significant digits: 32.299176705893297362668031071 → 32.299176705893297363.</summary>
    public static string Number(decimal value)
    {
        // decimal's general format never uses an exponent; only trailing fractional zeros need trimming.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);

        // A mantissa below 2^66 (< 10^20) already has at most 20 significant digits.
        var text = (bits[2] is >= 0 and < 4 ? value : DecimalText.RoundToSignificant(value, 20)).ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text is "-0" ? "0" : text;
    }

    private static string Measure(decimal value, string unit) => unit.Length == 0 ? Number(value) : $"{Number(value)} {unit}";
}
