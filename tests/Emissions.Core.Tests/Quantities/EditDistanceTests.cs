using Emissions.Quantities;
using Emissions.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Quantities;

/// <summary>The bounded edit distance that ranks unit suggestions: the full Levenshtein distance whenever it is within the bound.</summary>
public class EditDistanceTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("kWh", "Kwh", 2)]
    [InlineData("", "MWh", 3)]
    [InlineData("tCO2e", "tCO2e", 0)]
    public void Between_is_the_levenshtein_distance(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("a-forty-character-unit-nobody-ever-wrote", "t", 20, 21)]
    public void Within_gives_the_distance_or_one_past_the_bound(string a, string b, int bound, int expected) =>
        Assert.Equal(expected, EditDistance.Within(a, b, bound));

    [Fact]
    public void Within_agrees_with_the_full_table_for_any_two_texts_and_bound()
    {
        var cases =
            from n in Gen.Choose(0, 9)
            from a in Gen.ListOf(Gen.Elements("k", "K", "W", "h", "t", "C", "O", "2", "e", "万", "吨"), n)
            from m in Gen.Choose(0, 9)
            from b in Gen.ListOf(Gen.Elements("k", "K", "W", "h", "t", "C", "O", "2", "e", "万", "吨"), m)
            from bound in Gen.Choose(0, 12)
            select (A: string.Concat(a), B: string.Concat(b), Bound: bound);
        Prop.ForAll(cases.ToArbitrary(), c => EditDistance.Within(c.A, c.B, c.Bound) == Math.Min(Reference(c.A, c.B), c.Bound + 1))
            .Check(PropertyRuns.Quick(2_000));
    }

    // The textbook table, filled in full: the oracle the bounded one is checked against.
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                d[i, j] = i == 0 ? j : j == 0 ? i
                    : Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
