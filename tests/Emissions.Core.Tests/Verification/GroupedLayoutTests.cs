using System.Globalization;
using System.Text;
using Emissions.Verification;
using Emissions.Verification.Checking;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// The prose's grouped numbers laid out from the mantissa read exactly as the runtime's text with separators put in
/// (<see cref="Display"/>'s string path): every scale and sign, 32-, 64- and 96-bit mantissas (the wide ones take the
/// runtime's path), the general format with and without trailing zeros, and "F" of every number of places. Samples
/// come from fixed seeds.
/// </summary>
public class GroupedLayoutTests
{
    private const int Samples = 20_000;

    [Fact]
    public void Grouped_text_in_the_general_format_reads_as_the_runtimes()
    {
        foreach (var value in Value().Sample(Samples, new Rnd(20261207UL), 50).Concat(Edges()))
        {
            foreach (var trim in new[] { false, true })
            {
                Assert.Equal(Display.Grouped(value, default, trim), Utf8(value, -1, trim));
            }
        }
    }

    [Fact]
    public void Grouped_text_with_fixed_places_reads_as_the_runtimes()
    {
        var gen = from value in Value() from places in Gen.Choose(0, 28) select (value, places);
        foreach (var (value, places) in gen.Sample(Samples, new Rnd(11UL), 50))
        {
            var format = "F" + places.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(Display.Grouped(value, format, false), Utf8(value, places, false));
        }
    }

    [Fact]
    public void Prose_numbers_and_percentages_read_as_the_display_strings()
    {
        var gen = from value in Value() from decimals in Gen.Choose(-4, 8) select (value, decimals);
        foreach (var (value, decimals) in gen.Sample(Samples, new Rnd(5UL), 50))
        {
            Assert.Equal(Display.Number(value, decimals), Format(ProseParts.Number(value, decimals)));
            Assert.Equal(Display.WithSign(value, decimals), Format(ProseParts.WithSign(value, decimals)));
            Assert.Equal(Display.Printed(value), Format(ProseParts.Printed(value)));
            if (Math.Abs(value) < 1e20m)
            {
                Assert.Equal(Display.Percent(value, withSign: true), Format(ProseParts.Percent(value, withSign: true)));
            }
        }
    }

    [Fact]
    public void Text_that_does_not_fit_is_refused_with_nothing_written()
    {
        var destination = new byte[8];
        Assert.False(Display.TryGrouped(123_456_789m, -1, false, destination, out var written));
        Assert.Equal(0, written);
        Assert.True(Display.TryGrouped(1_234.5m, 2, false, destination, out written));
        Assert.Equal("1,234.50", Encoding.UTF8.GetString(destination, 0, written));
    }

    private static string Utf8(decimal value, int places, bool trim)
    {
        var destination = new byte[Display.MaxGroupedLength];
        Assert.True(Display.TryGrouped(value, places, trim, destination, out var written));
        return Encoding.UTF8.GetString(destination, 0, written);
    }

    private static string Format<T>(T value)
        where T : IUtf8SpanFormattable
    {
        var destination = new byte[256];
        Assert.True(value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture));
        return Encoding.UTF8.GetString(destination, 0, written);
    }

    private static Gen<decimal> Printed() =>
        from digits in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 6)
        from trailing in Gen.Choose(0, 3)
        from negative in Gen.Frequency((8, Gen.Constant(false)), (2, Gen.Constant(true)))
        select new decimal(digits / (int)Math.Pow(10, trailing) * (int)Math.Pow(10, trailing), 0, 0, negative, (byte)scale);

    private static Gen<decimal> Value() =>
        Gen.Frequency((4, Printed()), (2, from p in Printed() select p == 0m ? 1m : 1m / p), (3, DecimalSamples.Raw(100_000)));

    private static IEnumerable<decimal> Edges()
    {
        decimal[] mantissas = [0m, 1m, 10m, 999m, 1_000m, 999_999m, 1_000_000m, ulong.MaxValue, (decimal)ulong.MaxValue + 1m, decimal.MaxValue];
        foreach (var m in mantissas)
        {
            foreach (var scale in new byte[] { 0, 1, 3, 19, 20, 28 })
            {
                var bits = decimal.GetBits(m);
                yield return new decimal(bits[0], bits[1], bits[2], false, scale);
                yield return new decimal(bits[0], bits[1], bits[2], true, scale);
            }
        }
    }
}
