using Emissions.Quantities;
using Emissions.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// "Did you mean" never changes what the text means (issues 12 and 19): no suggestion is of
/// another kind ("percnt" → "person") or of another magnitude class ("MT" → "Mt", "ton" → "toe").
/// </summary>
public class UnitSuggestionTests
{
    private static readonly Config Runs = PropertyRuns.Quick(500);

    private static readonly string[] Symbols = [.. UnitCatalog.Symbols.Keys.Where(k => k.Length > 0).Order(StringComparer.Ordinal)];

    private static Unit U(string symbol) => UnitCatalog.Symbols[symbol];

    [Theory]
    [InlineData("percnt", "percent")]
    [InlineData("percents", "percent")]
    [InlineData("per-cent", "percent")]
    [InlineData("prcent", "percent")]
    public void A_misspelt_percent_is_answered_with_percent_never_with_person(string typed, string expected)
    {
        var suggestions = UnitCatalog.Nearest(typed, 3);

        Assert.Equal(expected, suggestions[0]);
        Assert.All(suggestions, s => Assert.True(U(s).Dimension.IsDimensionless, $"{s} is {U(s).Kind}"));
    }

    [Theory]
    [InlineData("MT", "t")]
    [InlineData("mt", "t")]
    [InlineData("ton", "t")]
    [InlineData("Tons", "t")]
    [InlineData("metric tons", "t")]
    [InlineData("tonnes", "t")]
    [InlineData("MT CO2e", "tCO2e")]
    [InlineData("MTCO2-e", "tCO2-e")]
    [InlineData("tons CO2e", "tCO2e")]
    [InlineData("metric tons CO2", "tCO2")]
    public void A_printed_ton_is_answered_with_units_of_a_thousand_kilograms_never_megatonnes_or_oil_equivalent(string typed, string expected)
    {
        var suggestions = UnitCatalog.Nearest(typed, 3);

        Assert.Equal(expected, suggestions[0]);
        Assert.All(suggestions, s => Assert.True(UnitSuggestions.SameClass(U(s), U(expected)), $"{typed} → {s}"));
        Assert.DoesNotContain("Mt", suggestions);
        Assert.DoesNotContain("MtCO2e", suggestions);
        Assert.DoesNotContain("toe", suggestions);
    }

    [Fact]
    public void An_ambiguous_ton_offers_both_tons_it_may_mean() =>
        Assert.Equal(["t", "short-ton"], UnitCatalog.Nearest("tons", 3));

    [Fact]
    public void An_unknown_unit_message_lists_only_units_of_the_meant_magnitude()
    {
        // "MT" itself is read (metric tons, with a caveat); a misprint of it is answered with tonnes only.
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse("1 MTe"));

        Assert.Equal(["t", "MT", "公吨"], error.Suggestions);
        Assert.EndsWith("nearest known: t, MT, 公吨", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misprinted_metric_ton_of_co2_is_answered_with_tonnes_of_co2_only()
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse("1 MT CO2x"));

        Assert.NotEmpty(error.Suggestions);
        Assert.All(error.Suggestions, s => Assert.True(U(s).Dimension == Dimension.Co2eDim && U(s).Scale.Factor == 1000m, s));
        Assert.Contains("nearest known: tCO2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mWh")]
    [InlineData("Gt")]
    [InlineData("Gtoe")]
    [InlineData("Gtce")]
    [InlineData("μg")]
    public void An_si_prefix_on_a_known_symbol_is_never_answered_with_the_unprefixed_or_another_magnitude(string typed) =>
        Assert.Empty(UnitCatalog.Nearest(typed, 3));

    [Fact]
    public void An_si_prefix_on_a_known_symbol_is_answered_with_the_symbol_of_that_magnitude() =>
        Assert.Equal(["MWh"], UnitCatalog.Nearest("kkWh", 3));

    [Theory]
    [InlineData("t", "short-ton", true)]
    [InlineData("kWh", "MJ", true)]
    [InlineData("%", "pp", true)]
    [InlineData("t", "Mt", false)]
    [InlineData("t", "kt", false)]
    [InlineData("%", "‰", false)]
    [InlineData("%", "x", false)]
    [InlineData("t", "toe", false)]
    [InlineData("tCO2e", "t", false)]
    public void A_magnitude_class_is_one_kind_within_a_factor_of_ten(string a, string b, bool same) =>
        Assert.Equal(same, UnitSuggestions.SameClass(U(a), U(b)));

    // A slip on a known symbol: one character deleted, inserted, replaced or changed in case.
    private static readonly Gen<(string Symbol, string Typed)> Slips =
        from symbol in Gen.Elements(Symbols)
        from kind in Gen.Choose(0, 3)
        from position in Gen.Choose(0, symbol.Length)
        from c in Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%吨万时".ToCharArray())
        select (symbol, Slip(symbol, kind, Math.Min(position, symbol.Length - 1), position, c));

    private static string Slip(string symbol, int kind, int at, int insertAt, char c) => kind switch
    {
        0 => symbol.Remove(at, 1),
        1 => symbol.Insert(insertAt, c.ToString()),
        2 => symbol.Remove(at, 1).Insert(at, c.ToString()),
        _ => symbol.Remove(at, 1).Insert(at, char.IsUpper(symbol[at]) ? char.ToLowerInvariant(symbol[at]).ToString() : char.ToUpperInvariant(symbol[at]).ToString()),
    };

    [Fact]
    public void No_suggestion_list_mixes_kinds_or_magnitude_classes() =>
        Prop.ForAll(Slips.ToArbitrary(), slip =>
            {
                var suggestions = UnitCatalog.Nearest(slip.Typed, 3);
                return suggestions.All(s => UnitSuggestions.SameClass(U(s), U(suggestions[0])));
            })
            .Check(Runs);

    [Fact]
    public void When_the_meant_symbol_is_suggested_no_other_suggestion_crosses_its_kind_or_magnitude_class() =>
        Prop.ForAll(Slips.ToArbitrary(), slip =>
            {
                if (UnitCatalog.Symbols.ContainsKey(slip.Typed) || slip.Typed.Trim().Length == 0)
                {
                    return true;
                }

                var suggestions = UnitCatalog.Nearest(slip.Typed, 3);
                return !suggestions.Contains(slip.Symbol)
                    || suggestions.All(s => UnitSuggestions.SameClass(U(s), U(slip.Symbol)));
            })
            .Check(Runs);

    // An SI prefix on a known symbol that is not itself known: "mWh", "Gt", "kMWh".
    private static readonly Gen<(string Prefix, decimal Factor, string Symbol)> PrefixedSymbols =
        from prefix in Gen.Elements(("k", 1e3m), ("M", 1e6m), ("G", 1e9m), ("T", 1e12m), ("m", 1e-3m), ("μ", 1e-6m))
        from symbol in Gen.Elements(Symbols)
        select (prefix.Item1, prefix.Item2, symbol);

    [Fact]
    public void No_suggestion_for_a_prefixed_symbol_is_of_another_magnitude_than_the_prefix_makes_it() =>
        Prop.ForAll(PrefixedSymbols.ToArbitrary(), p =>
            {
                var typed = p.Prefix + p.Symbol;
                // "mt…" and "MT…" are metric tons as reports print them (the first rule), not milli- or mega-anything.
                if (UnitCatalog.Symbols.ContainsKey(typed) || typed.StartsWith("mt", StringComparison.Ordinal) || typed.StartsWith("MT", StringComparison.Ordinal))
                {
                    return true;
                }

                var meant = U(p.Symbol).Scale.Factor * p.Factor;
                return UnitCatalog.Nearest(typed, 3).All(s => U(s).Dimension == U(p.Symbol).Dimension
                    && U(s).Scale.Factor < 10m * meant && meant < 10m * U(s).Scale.Factor);
            })
            .Check(Runs);

    // A ton as reports print it, followed by nothing, a CO2 word or a slip.
    private static readonly Gen<string> PrintedTons =
        from ton in Gen.Elements("MT", "mt", "ton", "tons", "Ton", "TONS", "metric ton", "Metric Tons", "tonne", "tonnes")
        from rest in Gen.Elements("", " CO2e", "CO2e", " CO2", "CO2-e", " CO2eq", "CO2x", " C02e", "e", "s", "x")
        select ton + rest;

    [Fact]
    public void No_printed_ton_is_answered_with_a_unit_of_another_magnitude_than_a_thousand_kilograms() =>
        Prop.ForAll(PrintedTons.ToArbitrary(), typed =>
                UnitCatalog.Symbols.ContainsKey(typed.Replace(" ", "", StringComparison.Ordinal))
                || UnitCatalog.Nearest(typed, 3).All(s => U(s).Scale.Factor is >= 100m and <= 10_000m))
            .Check(Runs);
}
