using System.Text;
using System.Text.Json;

namespace Emissions.Cli.Tests;

public class StreamBufferWriterTests
{
    [Fact]
    public void Json_longer_than_the_buffer_reaches_the_stream_whole_and_in_order()
    {
        // A small buffer (the writer asks for 4 KiB at a time, so it is drained and grown): every byte arrives once, in
        // order, as a writer over the stream itself writes them.
        using var stream = new MemoryStream();
        var output = new StreamBufferWriter(stream, size: 64);
        using (var json = new Utf8JsonWriter(output))
        {
            WriteLines(json);
        }

        output.Drain();

        using var expected = new MemoryStream();
        using (var json = new Utf8JsonWriter(expected))
        {
            WriteLines(json);
        }

        Assert.Equal(expected.ToArray(), stream.ToArray());
        Assert.True(stream.Length > 20 * 64);
    }

    private static void WriteLines(Utf8JsonWriter json)
    {
        json.WriteStartArray();
        for (var i = 0; i < 1_000; i++)
        {
            json.WriteStringValue($"line {i} 万吨");
        }

        json.WriteEndArray();
    }

    [Fact]
    public void A_request_larger_than_the_buffer_gets_room_after_what_was_written_is_passed_on()
    {
        using var stream = new MemoryStream();
        var output = new StreamBufferWriter(stream, size: 8);
        "abc"u8.CopyTo(output.GetSpan());
        output.Advance(3);

        var room = output.GetSpan(100);
        "0123456789"u8.CopyTo(room);
        output.Advance(10);

        Assert.Equal("abc", Encoding.UTF8.GetString(stream.ToArray()));
        Assert.True(room.Length >= 100);
        output.Drain();
        Assert.Equal("abc0123456789", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Advancing_past_the_room_given_is_refused()
    {
        var output = new StreamBufferWriter(Stream.Null, size: 16);
        output.GetSpan(10);

        Assert.Throws<ArgumentOutOfRangeException>(() => output.Advance(17));
    }
}
