using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Emissions.Contract.Checks;
using Emissions.Core.Tests.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// The answer's numbers are copied into the writer in their quotes (no escaping scan): the bytes must be those the
/// writer gives the same text as a string value, indented or not, first in an object or after another member.
/// </summary>
public class NumberWriteTests
{
    private static string Written(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void A_number_copied_in_its_quotes_is_the_string_the_writer_would_write(bool indented, bool skipValidation)
    {
        var name = JsonEncodedText.Encode("value");
        foreach (var encoder in new[] { JavaScriptEncoder.UnsafeRelaxedJsonEscaping, JavaScriptEncoder.Default, null })
        {
            var options = new JsonWriterOptions { Indented = indented, SkipValidation = skipValidation, Encoder = encoder };
            foreach (var number in new[] { "0", "-32.299176705893297363", "79228162514264337593543950335" })
            {
                var quoted = System.Text.Encoding.ASCII.GetBytes($"\"{number}\"");
                var asString = Written(options, w =>
                {
                    w.WriteString("unit", "兆瓦時");
                    w.WriteString(name, System.Text.Encoding.ASCII.GetBytes(number));
                    w.WriteString(name, System.Text.Encoding.ASCII.GetBytes(number));
                });
                var copied = Written(options, w =>
                {
                    w.WriteString("unit", "兆瓦時");
                    w.WritePropertyName(name);
                    w.WriteRawValue(quoted, skipInputValidation: true);
                    w.WritePropertyName(name);
                    w.WriteRawValue(quoted, skipInputValidation: true);
                });

                Assert.Equal(asString, copied);
            }
        }
    }

    [Fact]
    public void The_kuaishou_answer_is_the_same_under_the_default_encoder_and_a_custom_one_that_takes_the_escaping_way()
    {
        // A custom encoder is not one of the three that write digits as themselves: its numbers take the writer's string path.
        var report = Fixtures.Check("kuaishou-2020");
        string Answer(JavaScriptEncoder encoder)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
            {
                CheckReportJson.Write(writer, report);
            }

            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        Assert.Equal(Answer(JavaScriptEncoder.Default), Answer(JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.BasicLatin)));
    }
}
