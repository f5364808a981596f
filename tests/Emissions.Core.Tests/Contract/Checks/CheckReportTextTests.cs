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

    private static string Written(JavaScriptEncoder encoder, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
