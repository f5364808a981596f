using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Emissions.Contract.Checks;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>The answer's string values and unit symbols, written by the shortcuts around the writer, are the writer's own bytes.</summary>
public class CheckReportTextTests
{
    private static readonly JavaScriptEncoder[] Encoders = [JavaScriptEncoder.UnsafeRelaxedJsonEscaping, JavaScriptEncoder.Default];

    public static TheoryData<string> Texts =>
    [
        "ghg.total.per-employee = ghg.total / employees",
        "",
        "quote \" backslash \\ slash /",
        "tab\tnew line\ncarriage return\rbell\u0007",
        "<script>&'+`",
        "兆瓦時",
        "ulanqab_pue ≥ 1 + clf",
        "lone \ud800 surrogate",
        "emoji 😀 pair",
        new string('a', 256),
        new string('a', 257),
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_string_value_is_written_as_the_writer_writes_the_string(string text)
    {
        foreach (var encoder in Encoders)
        {
            Assert.Equal(Written(encoder, w => w.WriteString("name", text)), Written(encoder, w => CheckReportJson.WriteText(w, JsonEncodedText.Encode("name"), text)));
        }
    }

    [Fact]
    public void A_unit_symbol_is_encoded_as_the_encoder_encodes_it_whichever_string_carries_it()
    {
        var units = Enumerable.Range(0, 20).Select(i => $"單位{i}").Append("兆瓦時").Append("GJ/MWh").ToArray();
        foreach (var encoder in Encoders)
        {
            for (var round = 0; round < 3; round++)
            {
                foreach (var unit in units)
                {
                    // A copy each round: equal text in another string finds the same encoding.
                    var symbol = round == 0 ? unit : new string(unit.AsSpan());
                    Assert.Equal(JsonEncodedText.Encode(unit, encoder).Value, UnitTexts.For(encoder, symbol).Value);
                    Assert.Equal(JsonEncodedText.Encode(unit, encoder).EncodedUtf8Bytes.ToArray(), UnitTexts.For(encoder, symbol).EncodedUtf8Bytes.ToArray());
                }
            }
        }

        Assert.Equal("\\u5146\\u74E6\\u6642", UnitTexts.For(JavaScriptEncoder.Default, "兆瓦時").ToString());
        Assert.Equal("兆瓦時", UnitTexts.For(JavaScriptEncoder.UnsafeRelaxedJsonEscaping, "兆瓦時").ToString());
    }

    [Fact]
    public void More_unit_instances_than_the_table_holds_each_keep_their_own_encoding()
    {
        // 300 live instances of 150 texts: more than the 64 kept instances and than the 256 kept texts, so sets fill,
        // entries are replaced and the text table starts again; every look-up still gives its own text's encoding.
        var units = Enumerable.Range(0, 300).Select(i => new string($"噸CO2e/{i % 150}".AsSpan())).ToArray();
        for (var round = 0; round < 3; round++)
        {
            foreach (var unit in units)
            {
                Assert.Equal(unit, UnitTexts.For(JavaScriptEncoder.UnsafeRelaxedJsonEscaping, unit).ToString());
                Assert.Equal(JsonEncodedText.Encode(unit).Value, UnitTexts.For(JavaScriptEncoder.Default, unit).Value);
            }
        }
    }

    [Fact]
    public void An_answers_recent_units_give_each_unit_its_own_encoding_as_they_come_and_go()
    {
        // Six instances taking turns in four places, runs of one instance, and equal text in another instance: each
        // look-up gives the encoding of its own text, whether found among the recent ones or not.
        string[] six = ["兆瓦時", "吉焦", "GJ/MWh", "噸", "tCO2e", "%"];
        var copies = six.Select(u => new string(u.AsSpan())).ToArray();
        string[] order = [.. six, .. six, six[0], six[0], six[1], copies[0], six[5], six[0], copies[2], six[3], .. copies.Reverse()];
        foreach (var encoder in Encoders)
        {
            var recent = new RecentUnits(encoder);
            foreach (var unit in order)
            {
                Assert.Equal(JsonEncodedText.Encode(unit, encoder).EncodedUtf8Bytes.ToArray(), recent.For(unit).EncodedUtf8Bytes.ToArray());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void An_explanation_is_written_as_the_writer_writes_its_bytes_indented_or_not(string text)
    {
        foreach (var utf8 in new[] { Encoding.UTF8.GetBytes(text), [.. Encoding.UTF8.GetBytes(text), 0xFF, (byte)'x'], Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(text + " 兆瓦時 ", 200))) })
        {
            foreach (var encoder in Encoders)
            {
                foreach (var indented in new[] { false, true })
                {
                    Assert.Equal(
                        Written(encoder, w => { w.WriteString("a", utf8); w.WriteString("explanation", utf8); w.WriteBoolean("b", true); }, indented),
                        Written(encoder, w => { w.WriteString("a", utf8); UnescapedText.Write(w, JsonEncodedText.Encode("explanation"), utf8); w.WriteBoolean("b", true); }, indented));
                }
            }
        }
    }

    [Fact]
    public void Only_text_the_encoder_leaves_alone_goes_unescaped()
    {
        var relaxed = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

        Assert.True(UnescapedText.NeedsNoEscaping(relaxed, "Printed 289.5444 兆瓦時, recomputed 289.5 兆瓦時 <1 & 'a' + b>"u8));
        Assert.False(UnescapedText.NeedsNoEscaping(relaxed, "a \"quoted\" word"u8));
        Assert.False(UnescapedText.NeedsNoEscaping(relaxed, "new\nline"u8));
        Assert.False(UnescapedText.NeedsNoEscaping(relaxed, [(byte)'a', 0xE5, 0x85]));
        Assert.False(UnescapedText.NeedsNoEscaping(JavaScriptEncoder.Default, "289.5 兆瓦時"u8));
        Assert.False(UnescapedText.NeedsNoEscaping(JavaScriptEncoder.Default, "1 < 2"u8));
    }

    [Fact]
    public void Remembered_stretches_answer_as_the_encoder_does_on_the_same_bytes()
    {
        // Asked twice each (the second time from what was remembered), and past the number of stretches kept: every answer
        // is the encoder's own, including a broken character whose first bytes are a remembered one's and a character
        // the encoder escapes between ones it does not.
        var relaxed = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        var texts = new List<byte[]>();
        for (var i = 0; i < 40; i++)
        {
            texts.Add(Encoding.UTF8.GetBytes($"{i} {(char)('一' + i)}兆瓦時 and −∞ or {(char)('吉' + i)}焦"));
        }

        texts.Add([(byte)'a', 0xE5, 0x85]);
        texts.Add([(byte)'a', 0xE5, 0x85, 0x86, (byte)' ', 0xE5, 0x85]);
        texts.Add(Encoding.UTF8.GetBytes("兆瓦時 \u00AD 兆瓦時"));
        texts.Add(Encoding.UTF8.GetBytes("兆瓦時\uFFFE"));
        foreach (var pass in new[] { 1, 2 })
        {
            foreach (var text in texts)
            {
                Assert.True(
                    (relaxed.FindFirstCharacterToEncodeUtf8(text) < 0) == UnescapedText.NeedsNoEscaping(relaxed, text),
                    $"pass {pass}: {Convert.ToHexString(text)}");
            }
        }
    }

    private static string Written(JavaScriptEncoder encoder, Action<Utf8JsonWriter> write, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder, Indented = indented }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
