using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Emissions.Contract.Checks;
using Emissions.Core.Tests.Verification;
using Emissions.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// A check's names and figures are laid out in raw runs only for a writer that skips its structure checks; a checking
/// writer takes the writer-call path for the whole answer. Both must write the same bytes, whatever the layout, the
/// encoder, the depth the answer is nested at, and the text (including text the encoder escapes or cannot take).
/// </summary>
public class RawJsonRunTests
{
    private static readonly JavaScriptEncoder?[] Encoders = [JavaScriptEncoder.UnsafeRelaxedJsonEscaping, JavaScriptEncoder.Default, null];

    [Theory]
    [InlineData("kuaishou-2020")]
    [InlineData("kuaishou-2019")]
    [InlineData("bytedance-2020")]
    [InlineData("douyin-2022")]
    public void A_fixture_answer_is_the_writer_calls_own_bytes_in_every_layout(string fixture)
    {
        var report = Fixtures.Check(fixture);

        foreach (var encoder in Encoders)
        {
            foreach (var layout in Layouts(encoder))
            {
                AssertSameBytes(report, layout);
            }
        }
    }

    [Fact]
    public void Text_the_encoder_escapes_or_cannot_encode_is_written_as_the_writer_writes_it()
    {
        var random = new Random(1607);
        for (var i = 0; i < 400; i++)
        {
            var report = new CheckReport("org", "2020", null, [RandomCheck(random), RandomCheck(random)], [], []);
            foreach (var encoder in Encoders)
            {
                foreach (var layout in Layouts(encoder))
                {
                    AssertSameBytes(report, layout);
                }
            }
        }
    }

    [Fact]
    public void A_plain_check_is_laid_out_with_the_writers_indentation_and_separators()
    {
        var check = new CheckResult(
            "r = a + b", "r", "2020", null, "r = a + b", Verdict.Discrepant,
            new ValueView(1.50m, "兆瓦時", 1.45m, 1.55m, true, false) { Qualifier = "about" },
            new ValueView(1.4m, "兆瓦時", 1.3m, null, true, true),
            new DeviationView(0.10m, "兆瓦時", 0.0714285714285714285714285714m),
            false,
            [new ImpliedValue("a", 0.6m, "兆瓦時", null, 0.7m)]);
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

        var text = System.Text.Encoding.UTF8.GetString(Write(new CheckReport(null, null, null, [check], [], []), options, nesting: 0));

        Assert.Contains(
            """
                  "period": "2020",
                  "formula": "r = a + b",
                  "verdict": "discrepant",
                  "reported": {
                    "value": "1.50",
                    "unit": "兆瓦時",
                    "qualifier": "about",
                    "low": "1.45",
                    "high": "1.55",
                    "lowInclusive": true,
                    "highInclusive": false
                  },
                  "recomputed": {
                    "value": "1.4",
                    "unit": "兆瓦時",
                    "low": "1.3",
                    "high": null,
            """.ReplaceLineEndings("\n"),
            text,
            StringComparison.Ordinal);
        Assert.Contains(
            """
                  "deviation": {
                    "absolute": "0.1 兆瓦時",
                    "relative": "7.1428571428571428571 %"
                  },
                  "material": false,
                  "implied": [
                    {
                      "name": "a",
                      "value": "0.6",
                      "unit": "兆瓦時",
                      "low": null,
                      "high": "0.7"
                    }
                  ],
            """.ReplaceLineEndings("\n"),
            text,
            StringComparison.Ordinal);
    }

    private static IEnumerable<JsonWriterOptions> Layouts(JavaScriptEncoder? encoder)
    {
        yield return new JsonWriterOptions { Encoder = encoder };
        yield return new JsonWriterOptions { Encoder = encoder, Indented = true };
        yield return new JsonWriterOptions { Encoder = encoder, Indented = true, IndentCharacter = '\t', IndentSize = 1, NewLine = "\r\n" };
    }

    /// <summary>The answer alone and nested two levels down (as the service nests it in a submission's results), each with the runs and without.</summary>
    private static void AssertSameBytes(CheckReport report, JsonWriterOptions layout)
    {
        foreach (var nesting in new[] { 0, 2 })
        {
            var checking = layout;
            checking.SkipValidation = false;
            var raw = layout;
            raw.SkipValidation = true;
            var expected = Outcome(report, checking, nesting);
            var actual = Outcome(report, raw, nesting);
            Assert.Equal(expected, actual);
        }
    }

    private static string Outcome(CheckReport report, JsonWriterOptions options, int nesting)
    {
        try
        {
            return Convert.ToHexString(Write(report, options, nesting));
        }
        catch (ArgumentException e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static byte[] Write(CheckReport report, JsonWriterOptions options, int nesting)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            for (var i = 0; i < nesting; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("before", "x");
                writer.WritePropertyName("report");
            }

            CheckReportJson.Write(writer, report);
            for (var i = 0; i < nesting; i++)
            {
                writer.WriteString("after", "y");
                writer.WriteEndObject();
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static CheckResult RandomCheck(Random random)
    {
        var unit = Text(random);
        var implied = new ImpliedValue[random.Next(3)];
        for (var i = 0; i < implied.Length; i++)
        {
            implied[i] = new ImpliedValue(Text(random), Number(random), random.Next(2) == 0 ? unit : Text(random), NumberOrNull(random), NumberOrNull(random));
        }

        return new CheckResult(
            Text(random),
            Text(random),
            random.Next(3) == 0 ? null : Text(random),
            random.Next(3) == 0 ? null : Text(random),
            Text(random),
            (Verdict)random.Next(Enum.GetValues<Verdict>().Length),
            new ValueView(NumberOrNull(random), unit, NumberOrNull(random), NumberOrNull(random), random.Next(2) == 0, random.Next(2) == 0)
            {
                Qualifier = random.Next(2) == 0 ? null : Text(random),
            },
            random.Next(3) == 0 ? null : new ValueView(NumberOrNull(random), unit, NumberOrNull(random), NumberOrNull(random), true, false),
            random.Next(3) == 0 ? null : new DeviationView(Number(random), random.Next(4) == 0 ? string.Empty : Text(random), Relative(random)),
            random.Next(2) == 0,
            implied)
        {
            Metric = random.Next(3) == 0 ? null : Text(random),
        };
    }

    /// <summary>Mostly plain, sometimes with characters the encoders escape (quotes, backslash, controls, HTML, non-ASCII, emoji) or cannot take (a lone surrogate).</summary>
    private static string Text(Random random)
    {
        string[] pieces = ["energy.total", "兆瓦時", "噸/人", "tCO₂e", "\"", "\\", "\n", "\u0001", "<", ">", "&", "'", "+", "`", "\u00e9", "\u2028", "😀", "\ud800", "\udc00", "−∞", " ", "%"];
        var count = random.Next(4);
        var text = new System.Text.StringBuilder("x");
        for (var i = 0; i < count; i++)
        {
            text.Append(random.Next(3) == 0 ? pieces[random.Next(pieces.Length)] : pieces[random.Next(4)]);
        }

        return text.ToString();
    }

    private static decimal Number(Random random) => new(random.Next(), random.Next(), random.Next(4) == 0 ? random.Next() : 0, random.Next(2) == 0, (byte)random.Next(29));

    /// <summary>Small enough to be written as a percentage (× 100).</summary>
    private static decimal? Relative(Random random) => random.Next(4) == 0 ? null : new decimal(random.Next(), 0, 0, random.Next(2) == 0, (byte)random.Next(2, 29));

    private static decimal? NumberOrNull(Random random) => random.Next(4) == 0 ? null : Number(random);
}
