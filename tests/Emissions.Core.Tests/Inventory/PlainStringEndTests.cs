using System.Text;
using Emissions.Inventory.Streaming;

namespace Emissions.Core.Tests.Inventory;

/// <summary>
/// The end of a plain string found sixteen bytes at a time (<see cref="PlainLine.ClosingQuote"/>): the closing quote, or
/// −1 at the first byte that is a backslash or not printable ASCII, wherever in a block or at the text's end it falls.
/// </summary>
public class PlainStringEndTests
{
    // The documented meaning, byte by byte.
    private static int ByteByByte(ReadOnlySpan<byte> utf8, int start)
    {
        for (var i = start; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'"')
            {
                return i;
            }

            if (utf8[i] < 0x20 || utf8[i] > 0x7E || utf8[i] == (byte)'\\')
            {
                return -1;
            }
        }

        return -1;
    }

    [Theory]
    [InlineData("1.000 MWh\", \"region\": \"CN-North\"}", 9)]
    [InlineData("Site 12 (Hall B) of the northern campus\"}", 39)]
    [InlineData("\"", 0)]
    [InlineData("", -1)]
    [InlineData("no closing quote at all, though longer than sixteen bytes", -1)]
    [InlineData("seventeen bytes!!\"", 17)]
    [InlineData("sixteen bytes!!!\"", 16)]
    [InlineData("fifteen bytes!!\"", 15)]
    [InlineData("an escape \\\" inside", -1)]
    [InlineData("a tab\there\"", -1)]
    [InlineData("after the quote a tab\"\t", 21)]
    [InlineData("华北\"", -1)]
    [InlineData("a delete \u007f\"", -1)]
    public void The_closing_quote_or_the_first_byte_that_is_not_plain(string text, int expected)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"x\": \"" + text);

        Assert.Equal(expected < 0 ? -1 : expected + 7, PlainLine.ClosingQuote(bytes, 7));
    }

    [Fact]
    public void Every_byte_at_every_place_of_two_blocks_ends_the_string_as_a_byte_by_byte_scan_does()
    {
        var bytes = new byte[48];
        for (var place = 0; place < 40; place++)
        {
            for (var value = 0; value < 256; value++)
            {
                bytes.AsSpan().Fill((byte)'a');
                bytes[place] = (byte)value;
                for (var length = place + 1; length <= bytes.Length; length += 7)
                {
                    var text = bytes.AsSpan(0, length);
                    Assert.Equal(ByteByByte(text, 0), PlainLine.ClosingQuote(text, 0));
                    Assert.Equal(ByteByByte(text, 1), PlainLine.ClosingQuote(text, 1));
                }
            }
        }
    }
}
