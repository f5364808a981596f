using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

public class UnitCacheTests
{
    [Fact]
    public void Ten_thousand_made_up_units_neither_grow_the_cache_past_its_bound_nor_keep_a_real_unit_out()
    {
        // 97 × 97 distinct valid spellings nobody prints ("m^2/m^2" … "m^98/m^98").
        for (var i = 0; i < 97 * 97; i++)
        {
            UnitParser.Parse($"m^{(i % 97) + 2}/m^{(i / 97) + 2}");
        }

        var first = UnitParser.Parse("千個千瓦時·m^3");
        var again = UnitParser.Parse("千個千瓦時·m^3");

        // Other tests parse units in parallel: the bound may be passed by one spelling per thread at the moment it fills.
        Assert.InRange(UnitParser.CachedSpellings, 1, UnitParser.MaxCachedSpellings + Environment.ProcessorCount);
        Assert.Same(first, again);
    }

    [Fact]
    public void A_spelling_longer_than_any_report_prints_is_parsed_but_not_kept()
    {
        var text = "m · m · m · m · m · m · m · m · m · m · m / (m · m · m · m · m · m · m)";

        Assert.True(text.Length > UnitParser.MaxCachedLength);
        Assert.NotSame(UnitParser.Parse(text), UnitParser.Parse(text));
    }
}
