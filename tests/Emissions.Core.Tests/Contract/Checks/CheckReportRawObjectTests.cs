using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Emissions.Contract.Checks;
using Emissions.Core.Tests.Verification;
using Emissions.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// The answer's small objects (reported and recomputed views, implied values, deviations) are laid out by hand and handed
/// to the writer raw: the text must be what the writer itself writes. Reading an answer back and writing the document
/// again with the same writer options gives the writer's own layout and escaping of every value; the two must be equal.
/// </summary>
public class CheckReportRawObjectTests
{
    public static TheoryData<string> Reports => ["kuaishou-2020", "kuaishou-2019", "bytedance-2020", "douyin-2022"];

    [Theory]
    [MemberData(nameof(Reports))]
    public void An_indented_answer_is_laid_out_as_the_writer_lays_it_out(string report) =>
        AssertAsTheWriterWrites(Fixtures.Check(report), Indented);

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_compact_answer_is_laid_out_as_the_writer_lays_it_out(string report) =>
        AssertAsTheWriterWrites(Fixtures.Check(report), Compact);

    [Fact]
    public void Tab_indentation_and_crlf_new_lines_are_the_writers_own()
    {
        var options = Indented with { IndentCharacter = '\t', IndentSize = 1, NewLine = "\r\n" };

        var text = AssertAsTheWriterWrites(Fixtures.Check("kuaishou-2020"), options);

        Assert.Contains("\"reported\": {\r\n\t\t\t\t\"value\": ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_and_units_that_need_escaping_are_escaped_as_the_writer_escapes_them()
    {
        var view = new ValueView(1234.50m, "兆瓦時", 1234.45m, 1234.55m, true, false);
        var check = new CheckResult("r", "f", null, null, "f = a + b", Verdict.Discrepant, view, view with { Value = 1m / 3m },
            new DeviationView(-0.5m, "t \"CO2e\"", 0.000123m), true,
            [
                new ImpliedValue("plain_name", 12.5m, "GJ/MWh", 12m, 13m),
                new ImpliedValue("say \"heat\"", 1m, "MWh"),
                new ImpliedValue("décembre", 2m, "吉焦", null, 3m),
                new ImpliedValue(new string('x', 300), 3m, "\u0001unit"),
            ]);
        var report = new CheckReport("Org", "2020", null, [check], [], []);

        var indented = AssertAsTheWriterWrites(report, Indented);
        AssertAsTheWriterWrites(report, Compact);

        Assert.Contains("\"name\": \"say \\\"heat\\\"\"", indented, StringComparison.Ordinal);
        Assert.Contains("\"absolute\": \"-0.5 t \\\"CO2e\\\"\"", indented, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"1234.50\"", indented, StringComparison.Ordinal);
        Assert.Contains("\"unit\": \"\\u0001unit\"", indented, StringComparison.Ordinal);
    }

    [Fact]
    public void A_printed_value_wider_than_64_bits_keeps_every_digit()
    {
        // 2^64 + 0.5 has a 96-bit mantissa: the runtime's formatter writes it, as before.
        var wide = 18_446_744_073_709_551_616.5m;
        var view = new ValueView(wide, "MWh", wide, wide, true, true);
        var report = new CheckReport(null, null, null, [new CheckResult("r", "f", null, null, "f = a", Verdict.Reproduced, view, null, null, false, [])], [], []);

        var text = AssertAsTheWriterWrites(report, Indented);

        Assert.Contains("\"value\": \"18446744073709551616.5\"", text, StringComparison.Ordinal);
    }

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string AssertAsTheWriterWrites(CheckReport report, JsonWriterOptions options)
    {
        var written = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(written, options))
        {
            CheckReportJson.Write(writer, report);
        }

        var again = new ArrayBufferWriter<byte>();
        using (var document = JsonDocument.Parse(written.WrittenMemory))
        using (var writer = new Utf8JsonWriter(again, options))
        {
            document.WriteTo(writer);
        }

        var text = System.Text.Encoding.UTF8.GetString(written.WrittenSpan);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(again.WrittenSpan), text);
        return text;
    }
}
