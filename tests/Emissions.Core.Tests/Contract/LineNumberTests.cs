using System.Buffers.Text;
using Emissions.Contract.Calculations;

namespace Emissions.Core.Tests.Contract;

/// <summary>Line numbers counted up as digits in place (<see cref="LineNumber"/>): the digits the formatter writes for each.</summary>
public class LineNumberTests
{
    [Fact]
    public void Counting_from_zero_past_a_million_gives_the_formatters_digits_at_every_step()
    {
        var number = new LineNumber(stackalloc byte[LineNumber.Room]);
        Span<byte> formatted = stackalloc byte[16];
        for (var i = 0; i <= 1_000_100; i++, number.Next())
        {
            Assert.True(Utf8Formatter.TryFormat(i, formatted, out var written));
            Assert.True(number.Text.SequenceEqual(formatted[..written]), $"line {i}");
        }
    }

    [Fact]
    public void A_run_of_nines_carries_into_a_new_first_digit()
    {
        var number = new LineNumber(stackalloc byte[LineNumber.Room]);
        for (var i = 0; i < 9_999; i++)
        {
            number.Next();
        }

        Assert.Equal("9999"u8.ToArray(), number.Text.ToArray());
        number.Next();
        Assert.Equal("10000"u8.ToArray(), number.Text.ToArray());
    }
}
