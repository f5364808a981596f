using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Emissions.Contract.Checks;

namespace Emissions.Core.Tests.Contract.Checks;

public class UnitTextsTests
{
    private static string Written(JavaScriptEncoder? encoder, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Theory]
    [InlineData("兆瓦時")]
    [InlineData("tCO2e/萬元")]
    [InlineData("m³ \"wet\"")]
    public void A_unit_is_written_as_the_writer_writes_its_string_under_either_encoder(string unit)
    {
        foreach (var encoder in new[] { JavaScriptEncoder.UnsafeRelaxedJsonEscaping, null })
        {
            var text = new UnitTexts(encoder).For(unit);

            Assert.NotNull(text);
            Assert.Equal(Written(encoder, w => w.WriteString("unit", unit)), Written(encoder, w => w.WriteString("unit", text.Value)));
        }
    }

    [Fact]
    public void An_equal_symbol_in_another_string_finds_the_same_text()
    {
        var units = new UnitTexts(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        var first = units.For("萬噸");

        var again = units.For(new string("萬噸".AsSpan()));

        Assert.Equal(first!.Value.EncodedUtf8Bytes.ToArray(), again!.Value.EncodedUtf8Bytes.ToArray());
    }

    [Fact]
    public void Past_sixteen_symbols_a_new_one_is_left_to_the_writer_and_the_known_ones_are_still_found()
    {
        var units = new UnitTexts(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        for (var i = 0; i < 16; i++)
        {
            Assert.NotNull(units.For($"u{i}"));
        }

        Assert.Null(units.For("u16"));
        Assert.Equal("u3"u8.ToArray(), units.For("u3")!.Value.EncodedUtf8Bytes.ToArray());
    }
}
