using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>
/// A check request as its CONTRACT JSON, so that a request read from a spreadsheet takes the same path
/// as one posted as JSON (factor-set resolution, limits, the reader's checks). Values travel as printed
/// (exact decimals with their printed zeros), options as percentages.
/// </summary>
internal static class CheckRequestJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            Optional(writer, "organization", request.Organization);
            Optional(writer, "period", request.Period);
            Optional(writer, "site", request.Site);
            Optional(writer, "source", request.Source);
            writer.WriteStartArray("figures");
            foreach (var f in request.Figures)
            {
                writer.WriteStartObject();
                Optional(writer, "id", f.Id);
                Optional(writer, "metric", f.Metric);
                writer.WriteString("value", f.Printed.Value.ToString(CultureInfo.InvariantCulture));
                Optional(writer, "unit", f.Printed.Unit.Symbol is "" or "1" ? null : f.Printed.Unit.Symbol);
                Optional(writer, "qualifier", f.Qualifier == Qualifier.Exact ? null : f.Qualifier.Name());
                Optional(writer, "period", f.Period);
                Optional(writer, "site", f.Site);
                Optional(writer, "label", f.Label);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("relations");
            foreach (var r in request.Relations)
            {
                writer.WriteStartObject();
                writer.WriteString("id", r.Id);
                writer.WriteString("metric", r.Metric);
                writer.WriteString("formula", r.FormulaText);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("options");
            writer.WriteString("materiality", Percent(request.Options.Materiality));
            writer.WriteString("aboutTolerance", Percent(request.Options.AboutTolerance));
            Optional(writer, "factorSet", request.Options.FactorSet);
            if (request.Options.Factors.Count > 0)
            {
                writer.WriteStartObject("factors");
                foreach (var (reference, value) in request.Options.Factors)
                {
                    writer.WriteString($"{reference.Parameter}[{reference.Carrier}]", $"{value.Value.ToString(CultureInfo.InvariantCulture)} {value.Unit.Symbol}");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Percent(decimal fraction) => (fraction * 100m).ToString(CultureInfo.InvariantCulture) + "%";

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
