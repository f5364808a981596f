using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// Products add exponents and quotients subtract them, base by base, each within ±127: computed eight at a time, with
/// the same results, currencies and errors as one exponent at a time.
/// </summary>
public class DimensionArithmeticTests
{
    private static readonly Func<Dimension, sbyte>[] Bases =
        [d => d.Energy, d => d.Mass, d => d.Co2e, d => d.Carbon, d => d.Length, d => d.Time, d => d.Person, d => d.Money];

    private static Dimension Of(sbyte[] e, string? currency) => new()
    {
        Energy = e[0], Mass = e[1], Co2e = e[2], Carbon = e[3], Length = e[4], Time = e[5], Person = e[6], Money = e[7],
        Currency = e[7] == 0 ? null : currency,
    };

    [Fact]
    public void Energy_per_person_times_persons_is_energy()
    {
        var perPerson = Dimension.EnergyDim / Dimension.PersonDim;

        Assert.Equal((sbyte)-1, perPerson.Person);
        Assert.Equal(Dimension.EnergyDim, perPerson * Dimension.PersonDim);
    }

    [Fact]
    public void Revenue_intensity_keeps_the_currency_and_money_over_money_drops_it()
    {
        var intensity = Dimension.Co2eDim / Dimension.MoneyDim("CNY");

        Assert.Equal(("CNY", (sbyte)-1), (intensity.Currency, intensity.Money));
        var back = intensity * Dimension.MoneyDim("CNY");
        Assert.Equal(Dimension.Co2eDim, back);
        Assert.Null(back.Currency);
    }

    [Fact]
    public void Exponents_from_minus_127_to_127_combine_and_one_past_is_an_overflow_naming_it()
    {
        var top = new Dimension { Mass = 100, Time = -100 };

        var reached = top * new Dimension { Mass = 27, Time = -27 };

        Assert.Equal(((sbyte)127, (sbyte)-127), (reached.Mass, reached.Time));
        var error = Assert.Throws<QuantityException>(() => top / new Dimension { Time = 28 });
        Assert.Equal(QuantityError.Overflow, error.Error);
        Assert.Contains("exponent of -128", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_products_and_quotients_match_the_exponents_added_one_by_one()
    {
        var random = new Random(16);
        for (var run = 0; run < 20_000; run++)
        {
            // Mostly small exponents, some near the ends of the range.
            var ea = Exponents(random);
            var eb = Exponents(random);
            var a = Of(ea, "CNY");
            var b = Of(eb, "CNY");
            foreach (var sign in new[] { 1, -1 })
            {
                var expected = new long[8];
                for (var i = 0; i < 8; i++)
                {
                    expected[i] = ea[i] + (sign * eb[i]);
                }

                Dimension Combine() => sign == 1 ? a * b : a / b;
                if (b.IsDimensionless || (sign == 1 && a.IsDimensionless))
                {
                    // Scaling by a ratio leaves the other kind as it is.
                    Assert.Equal(b.IsDimensionless ? a : b, Combine());
                }
                else if (expected.Any(e => Math.Abs(e) > Dimension.MaxExponent))
                {
                    Assert.Equal(QuantityError.Overflow, Assert.Throws<QuantityException>(() => Combine()).Error);
                }
                else
                {
                    var result = Combine();
                    Assert.Equal(expected, Bases.Select(get => (long)get(result)));
                    Assert.Equal(expected[7] == 0 ? null : "CNY", result.Currency);
                }
            }
        }
    }

    private static sbyte[] Exponents(Random random) =>
        [.. Enumerable.Range(0, 8).Select(_ => (sbyte)(random.Next(4) switch
        {
            0 => 0,
            1 => random.Next(-3, 4),
            2 => random.Next(-127, 128),
            _ => random.Next(2) == 0 ? random.Next(60, 128) : -random.Next(60, 128),
        }))];
}
