using System.Globalization;
using System.Text;
using Emissions.Verification;
using Emissions.Verification.Checking;

namespace Emissions.Core.Tests.Verification;

/// <summary>Explanation prose written as UTF-8 in place reads exactly as the string formatting it replaced.</summary>
public class ProsePartsTests
{
    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static string Render(Action<ProseBuffer> write)
    {
        var buffer = new ProseBuffer(16);
        buffer.Begin();
        write(buffer);
        return Encoding.UTF8.GetString(buffer.End().Span);
    }

    [Theory]
    [InlineData("720827.6855555555555555555556", 4, "720,827.6856")]
    [InlineData("-0.004", 2, "0")]
    [InlineData("11653000", -3, "11,653,000")]
    [InlineData("-1234567.4", 0, "-1,234,567")]
    public void Rounded_numbers_read_as_the_display_strings(string value, int decimals, string expected)
    {
        Assert.Equal(expected, Render(b => b.Append($"{ProseParts.Number(D(value), decimals)}")));
        Assert.Equal(Display.Number(D(value), decimals), Render(b => b.Append($"{ProseParts.Number(D(value), decimals)}")));
    }

    [Theory]
    [InlineData("289.5444", "+289.5444")]
    [InlineData("-0.01", "-0.01")]
    [InlineData("0", "0")]
    public void Gaps_carry_a_plus_sign_when_positive(string value, string expected) =>
        Assert.Equal(expected, Render(b => b.Append($"{ProseParts.WithSign(D(value), 4)}")));

    [Theory]
    [InlineData("0.00040168", false, "0.0402 %")]
    [InlineData("0.0011019", true, "+0.110 %")]
    [InlineData("12.5", false, "1,250 %")]
    [InlineData("0", true, "0 %")]
    [InlineData("-0.012814", true, "-1.28 %")]
    public void Percentages_have_three_significant_digits(string fraction, bool withSign, string expected)
    {
        Assert.Equal(expected, Render(b => b.Append($"{ProseParts.Percent(D(fraction), withSign)}")));
        Assert.Equal(Display.Percent(D(fraction), withSign), expected);
    }

    [Fact]
    public void An_interval_prints_its_ends_brackets_and_unit_with_open_ends_as_infinities()
    {
        var view = new ValueView(D("721117.23"), "兆瓦時", D("721117.225"), null, true, false);
        Assert.Equal("[721,117.225, +∞) 兆瓦時", Render(b => b.Append($"{ProseParts.Interval(view, 6)}")));
        var percent = new ValueView(null, "%", null, D("32.35"), false, true);
        Assert.Equal("(−∞, 32.35] %", Render(b => b.Append($"{ProseParts.Interval(percent, 2)}")));
    }

    [Fact]
    public void A_segment_stays_whole_when_the_buffer_moves_to_a_new_chunk()
    {
        var buffer = new ProseBuffer(16);
        buffer.Begin();
        buffer.Append("abc");
        var first = buffer.End();
        buffer.Begin();
        buffer.Append("de");
        buffer.Append($", then more than the first chunk holds: {ProseParts.Number(D("2.5"), 0)}{ProseParts.Suffix("吉焦")}");
        var second = buffer.End();
        Assert.Equal("abc", Encoding.UTF8.GetString(first.Span));
        Assert.Equal("de, then more than the first chunk holds: 3 吉焦", Encoding.UTF8.GetString(second.Span));
    }

    [Fact]
    public void Every_segment_stays_whole_as_the_buffer_moves_through_many_chunks()
    {
        // From a 16-byte first chunk through many full-size ones: every finished segment still reads as written.
        var buffer = new ProseBuffer(16);
        var written = new List<(ProseText Text, string Expected)>();
        for (var i = 0; i < 600; i++)
        {
            buffer.Begin();
            buffer.Append($"check {i}: {ProseParts.Number(i * 1.25m, 2)}{ProseParts.Suffix("兆瓦時")}");
            if (i % 7 == 0)
            {
                buffer.Append(new string('x', i));
            }

            written.Add((buffer.End(), $"check {i}: {Display.Number(i * 1.25m, 2)} 兆瓦時{(i % 7 == 0 ? new string('x', i) : "")}"));
        }

        Assert.All(written, w => Assert.Equal(w.Expected, Encoding.UTF8.GetString(w.Text.Span)));
    }

    [Fact]
    public void A_check_without_prose_has_an_empty_explanation_text()
    {
        Assert.Equal("", Encoding.UTF8.GetString(default(ProseText).Span));
    }
}
