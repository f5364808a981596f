using System.Text;
using System.Text.Json;
using Emissions.Contract.Checks;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// The one-pass check reader's cursor reads a scalar as <see cref="Utf8JsonReader"/> reads it (a string's text, a
/// number's bytes as printed), and refuses every scalar <see cref="Utf8JsonReader"/> refuses, so that a body it cannot
/// read strictly is left to the document path.
/// </summary>
public sealed class Utf8JsonCursorTests
{
    [Theory]
    [InlineData("\"69.44\"")]
    [InlineData("\"萬噸\"")]
    [InlineData("\"噸 / 人\"")]
    [InlineData("\"\"")]
    [InlineData("\"\\u842C\\u5678\"")]
    [InlineData("\"\\ud83d\\ude00 \\u00e9\\n\\t\\\"q\\\" \\\\ \\/\"")]
    [InlineData("\"溫室氣體排放總量（萬噸）\\\"\"")]
    public void A_string_reads_as_the_readers_text(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json + " ,");
        var cursor = new Utf8JsonCursor(bytes);

        var text = cursor.String();
        cursor.Expect((byte)',');

        Assert.Equal(ReaderString(Encoding.UTF8.GetBytes(json)), cursor.Text(text));
        Assert.Equal(json.Contains('\\', StringComparison.Ordinal), text.Escaped);
    }

    [Theory]
    [InlineData("69.44")]
    [InlineData("1.20")]
    [InlineData("-0.50")]
    [InlineData("0")]
    [InlineData("1.5e3")]
    [InlineData("-3E+2")]
    [InlineData("1E400")]
    [InlineData("13543e-2")]
    public void A_number_is_its_bytes_as_printed(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json + "}");
        var cursor = new Utf8JsonCursor(bytes);

        var number = cursor.Number();
        cursor.Expect((byte)'}');

        Assert.Equal(json, Encoding.UTF8.GetString(cursor.Bytes(number)));
    }

    [Theory]
    [InlineData("01")]
    [InlineData("-")]
    [InlineData("-a")]
    [InlineData("1.")]
    [InlineData("1.e3")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData(".5")]
    [InlineData("+1")]
    [InlineData("1.5.3")]
    [InlineData("0x10")]
    [InlineData("nul")]
    [InlineData("nulls")]
    [InlineData("tru")]
    [InlineData("True")]
    [InlineData("falsey")]
    [InlineData("NaN")]
    [InlineData("'a'")]
    [InlineData("\"a")]
    [InlineData("\"a\\")]
    [InlineData("\"a\\\"")]
    [InlineData("\"a\\x\"")]
    [InlineData("\"\\u12\"")]
    [InlineData("\"\\u12g4\"")]
    [InlineData("\"tab\there\"")]
    [InlineData("\"line\nbreak\"")]
    [InlineData("\"\u0001\"")]
    [InlineData("1 2")]
    [InlineData("\"a\" \"b\"")]
    [InlineData("/* c */ 1")]
    [InlineData("1 // c")]
    [InlineData("\u00a01")]
    [InlineData("")]
    public void A_scalar_the_reader_refuses_is_refused(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.ThrowsAny<JsonException>(() => ReaderString(bytes));
        Assert.ThrowsAny<JsonException>(() =>
        {
            var cursor = new Utf8JsonCursor(bytes);
            cursor.Scalar();
            cursor.ExpectEnd();
        });
    }

    [Fact]
    public void A_lone_surrogate_escape_has_no_text_as_for_the_reader()
    {
        var bytes = Encoding.UTF8.GetBytes("\"\\ud800\"");

        Assert.Throws<InvalidOperationException>(() => ReaderString(bytes));
        Assert.Throws<InvalidOperationException>(() =>
        {
            var cursor = new Utf8JsonCursor(bytes);
            cursor.Scalar();
        });
    }

    [Theory]
    [InlineData("{}", 0)]
    [InlineData("{\"a\": 1}", 1)]
    [InlineData(" {\"a\": 1 , \"b\":\"x\"\r\n}\t", 2)]
    public void An_object_is_read_member_by_member(string json, int members)
    {
        var cursor = new Utf8JsonCursor(Encoding.UTF8.GetBytes(json));
        cursor.Expect((byte)'{');
        var first = true;
        var read = 0;
        while (cursor.Next(ref first, (byte)'}'))
        {
            cursor.Name();
            cursor.Scalar();
            read++;
        }

        cursor.ExpectEnd();
        Assert.Equal(members, read);
    }

    [Theory]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{,}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{\"a\": 1 \"b\": 2}")]
    [InlineData("{\"a\": 1")]
    [InlineData("{a: 1}")]
    [InlineData("{\"a\": 1}}")]
    [InlineData("{\"a\": 1} x")]
    public void An_object_the_reader_refuses_is_refused(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(bytes).Dispose());
        Assert.ThrowsAny<JsonException>(() =>
        {
            var cursor = new Utf8JsonCursor(bytes);
            cursor.Expect((byte)'{');
            var first = true;
            while (cursor.Next(ref first, (byte)'}'))
            {
                cursor.Name();
                cursor.Scalar();
            }

            cursor.ExpectEnd();
        });
    }

    // The text Utf8JsonReader reads from the first token (a string, or another scalar as null); it throws as the reader does.
    private static string? ReaderString(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        while (reader.Read())
        {
        }

        return text;
    }
}
