using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// The list GET /v1/units answers and `emissions units` prints: every catalogue spelling once, in kind then scale
/// order, and the same list cut to one kind (its spellings, every scale word, the ambiguous spellings with a reading
/// of that kind).
/// </summary>
public class UnitListingTests
{
    [Fact]
    public void Every_catalogue_spelling_is_listed_once_ordered_by_kind_then_scale()
    {
        var units = UnitListing.All.Units;

        Assert.Equal(UnitCatalog.Symbols.Keys.Where(k => k.Length > 0).Order(StringComparer.Ordinal), units.Select(u => u.Symbol).Order(StringComparer.Ordinal));
        for (var i = 1; i < units.Count; i++)
        {
            var order = string.CompareOrdinal(units[i - 1].Kind, units[i].Kind);
            Assert.True(order < 0 || (order == 0 && decimal.Parse(units[i - 1].CanonicalFactor, System.Globalization.CultureInfo.InvariantCulture) <= decimal.Parse(units[i].CanonicalFactor, System.Globalization.CultureInfo.InvariantCulture)), $"{units[i - 1].Symbol} before {units[i].Symbol}");
        }
    }

    [Fact]
    public void A_spelling_carries_its_canonical_unit_and_exact_scale()
    {
        var units = UnitListing.All.Units.ToDictionary(u => u.Symbol);

        Assert.Equal(new UnitInfo("度", "kilowatt hour", "Energy", "kWh", "1", "1"), units["度"]);
        Assert.Equal(new UnitInfo("亩", "mu", "Area", "m²", "2000/3", units["亩"].CanonicalFactor), units["亩"]);
        Assert.StartsWith("666.666666666666666666666666", units["亩"].CanonicalFactor, StringComparison.Ordinal);
        Assert.Equal("1/3600000", units["J"].CanonicalScale);
        Assert.Equal("", units["%"].CanonicalUnit);
        Assert.Equal("gross", units["kWh(GrossCV)"].CalorificBasis);
        Assert.Contains("megatonne is 'Mt'", units["MT"].Caveat, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_keeps_its_spellings_every_scale_word_and_the_ambiguous_spellings_read_as_it()
    {
        var mass = UnitListing.OfKind("Mass")!;

        Assert.All(mass.Units, u => Assert.Equal("Mass", u.Kind));
        Assert.Equal(UnitListing.All.Units.Count(u => u.Kind == "Mass"), mass.Units.Count);
        Assert.Contains(mass.Units, u => u.Symbol == "噸");
        Assert.Equal(UnitListing.All.ScaleWords, mass.ScaleWords);
        Assert.Contains(mass.Ambiguous, a => a.Symbol == "tons");
        Assert.DoesNotContain(mass.Ambiguous, a => a.Symbol is "gal" or "MBtu" or "tonsCO2e");
        Assert.Contains(UnitListing.OfKind("Volume")!.Ambiguous, a => a.Symbol == "gal");
        Assert.Contains(UnitListing.OfKind("Energy")!.Ambiguous, a => a.Symbol == "MBtu");
    }

    [Fact]
    public void A_kind_is_matched_without_case_and_money_is_every_currency()
    {
        Assert.Equal(UnitListing.OfKind("Energy")!.Units, UnitListing.OfKind("ENERGY")!.Units);

        var money = UnitListing.OfKind("money")!.Units.Select(u => u.Kind).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["Money(CNY)", "Money(EUR)", "Money(GBP)", "Money(HKD)", "Money(USD)"], money);
        Assert.Equal(["Money(USD)"], UnitListing.OfKind("Money(USD)")!.Units.Select(u => u.Kind).Distinct());
    }

    [Fact]
    public void An_unknown_kind_has_no_list_and_the_expected_kinds_name_each_once()
    {
        Assert.Null(UnitListing.OfKind("Enrgy"));
        Assert.Null(UnitListing.OfKind("Mon"));

        var expected = UnitListing.ExpectedKinds().Split(", ");

        Assert.Equal(expected.Distinct().Order(StringComparer.Ordinal), expected);
        Assert.Contains("Energy", expected);
        Assert.Contains("Money", expected);
        Assert.Contains("Ratio", expected);
    }
}
