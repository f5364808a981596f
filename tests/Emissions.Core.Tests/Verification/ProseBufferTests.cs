using System.Text;
using Emissions.Verification.Checking;

namespace Emissions.Core.Tests.Verification;

/// <summary>Strings appended to explanation prose come out as their UTF-8, whether ASCII (narrowed) or not (transcoded).</summary>
public class ProseBufferTests
{
    [Theory]
    [InlineData("At face value ")]
    [InlineData("heat conversion")]
    [InlineData(" 兆瓦時")]
    [InlineData("ASCII first, then ü and 吉焦, then 😀")]
    [InlineData("\u007f control and tab\t")]
    [InlineData("lone \ud800 surrogate")]
    public void A_string_is_appended_as_its_utf8(string text)
    {
        var buffer = new ProseBuffer(4);
        buffer.Begin();
        buffer.Append("x");
        buffer.Append(text);

        Assert.Equal(Encoding.UTF8.GetBytes("x" + text), buffer.End().Span.ToArray());
    }

    [Fact]
    public void A_long_ascii_string_that_does_not_fit_the_first_chunk_moves_with_its_segment()
    {
        var buffer = new ProseBuffer(8);
        buffer.Begin();
        buffer.Append("abc");
        var long_ = new string('q', 5000) + "é";
        buffer.Append(long_);

        Assert.Equal("abc" + long_, Encoding.UTF8.GetString(buffer.End().Span));
    }
}
