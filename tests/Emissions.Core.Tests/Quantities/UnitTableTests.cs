using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// Every atomic symbol in <see cref="UnitCatalog"/> against a hand-written value, each constant
/// from its defining document. A symbol added to the catalogue without a row here fails
/// <see cref="Every_catalogue_symbol_has_a_row_in_the_table"/>.
/// </summary>
public class UnitTableTests
{
    // Rows: symbol, value written in it, target unit, expected exact value in the target.
    public static TheoryData<string, string, string, string> Rows => new()
    {
        // Ratios: ISO 80000-1 (percent = 0.01, per mille = 0.001); "" is the plain number.
        { "", "0.08", "%", "8" },
        { "%", "8", "", "0.08" },
        { "％", "8", "‰", "80" },
        { "‰", "5", "%", "0.5" },
        { "percent", "94.8", "", "0.948" },
        { "Percent", "94.8", "", "0.948" },
        { "pct", "94.8", "", "0.948" },
        { "百分比", "94.8", "", "0.948" },
        { "permille", "5", "", "0.005" },

        // Basis point 10⁻⁴, part per million 10⁻⁶ (ISO 80000-1 annex: ppm is the number 10⁻⁶).
        { "bp", "25", "%", "0.25" },
        { "bps", "1", "", "0.0001" },
        { "ppm", "250", "", "0.00025" },

        // Percentage points: a difference of percentages, the same hundredth of one.
        { "pp", "5", "%", "5" },
        { "percentagepoint", "1", "", "0.01" },
        { "percentagepoints", "5", "", "0.05" },
        { "百分点", "5", "", "0.05" },
        { "百分點", "5", "pp", "5" },
        { "个百分点", "3", "", "0.03" },
        { "個百分點", "3", "", "0.03" },

        // Multipliers "6x", "6 times", "6倍": the pure number 6.
        { "x", "6", "", "6" },
        { "×", "6", "", "6" },
        { "times", "6", "", "6" },
        { "倍", "6", "", "6" },

        // Joule multiples, SI prefixes; 1 kWh = 3.6 MJ exactly (SI Brochure, 9th ed., table 8; NIST SP 811 B.8).
        { "J", "3600000", "kWh", "1" },
        { "焦耳", "3600000", "kWh", "1" },
        { "焦", "3600", "Wh", "1" },
        { "kJ", "3600", "kWh", "1" },
        { "千焦", "1", "J", "1000" },
        { "MJ", "3.6", "kWh", "1" },
        { "兆焦", "1", "kJ", "1000" },
        { "GJ", "3.6", "MWh", "1" },
        { "吉焦", "1", "MJ", "1000" },
        { "TJ", "3.6", "GWh", "1" },
        { "太焦", "1", "GJ", "1000" },
        { "PJ", "3.6", "TWh", "1" },

        // Watt hours: SI prefixes on W·h; 1 Wh = 3600 J.
        { "Wh", "1", "J", "3600" },
        { "瓦时", "1000", "kWh", "1" },
        { "瓦時", "1", "kJ", "3.6" },
        { "kWh", "1", "MJ", "3.6" },
        { "千瓦时", "1", "kJ", "3600" },
        { "千瓦時", "1000", "MWh", "1" },
        { "度", "1", "MJ", "3.6" },
        { "MWh", "1", "GJ", "3.6" },
        { "兆瓦时", "1", "kWh", "1000" },
        { "兆瓦時", "721117.23", "GJ", "2596022.028" },
        { "GWh", "1", "TJ", "3.6" },
        { "吉瓦时", "1", "MWh", "1000" },
        { "吉瓦時", "1", "kWh", "1000000" },
        { "TWh", "1", "PJ", "3.6" },
        { "太瓦时", "1", "GWh", "1000" },
        { "太瓦時", "1", "TJ", "3600" },

        // Btu(IT) = 1055.05585262 J exactly (ISO 80000-5 / ISO 31-4; NIST SP 811 B.8); MMBtu = 10^6 Btu.
        { "Btu", "1", "J", "1055.05585262" },
        { "MMBtu", "1", "GJ", "1.05505585262" },

        // Therm (EC) = 100,000 Btu(IT); therm (US) = 1.054804 × 10^8 J (NIST SP 811 B.9).
        { "therm", "1", "MJ", "105.505585262" },
        { "thm", "10", "MMBtu", "1" },
        { "therm(US)", "1", "J", "105480400" },

        // IEA / OECD: 1 toe = 10^7 kcal(IT) = 41.868 GJ.
        { "toe", "1", "GJ", "41.868" },

        // GB/T 2589-2020: 1 kgce = 29,307.6 kJ (7,000 kcal), so 1 tce = 29.3076 GJ = 8,141 kWh.
        { "kgce", "1", "kJ", "29307.6" },
        { "千克标准煤", "1", "kWh", "8.141" },
        { "千克標準煤", "1000", "GJ", "29.3076" },
        { "公斤标准煤", "1", "kJ", "29307.6" },
        { "公斤標準煤", "1", "kJ", "29307.6" },
        { "tce", "1", "GJ", "29.3076" },
        { "吨标准煤", "1", "MWh", "8.141" },
        { "噸標準煤", "1", "GJ", "29.3076" },
        { "吨标煤", "10000", "TJ", "293.076" },
        { "噸標煤", "1", "kgce", "1000" },

        // Mass: SI gram multiples; tonne = 1000 kg (SI Brochure table 8); Gg = kt.
        { "g", "1000", "kg", "1" },
        { "克", "1", "kg", "0.001" },
        { "kg", "1", "g", "1000" },
        { "千克", "1000", "t", "1" },
        { "公斤", "1", "g", "1000" },
        { "t", "1", "kg", "1000" },
        { "吨", "1", "kg", "1000" },
        { "噸", "13310", "kt", "13.31" },
        { "公吨", "1", "kg", "1000" },
        { "公噸", "1", "kg", "1000" },
        { "kt", "1", "t", "1000" },
        { "Gg", "1", "kt", "1" },
        { "Mt", "1", "t", "1000000" },

        // International avoirdupois pound (1959): 1 lb = 0.45359237 kg exactly; short ton = 2000 lb (NIST SP 811 B.8).
        { "lb", "1", "kg", "0.45359237" },
        { "short-ton", "1", "kg", "907.18474" },
        { "ton(US)", "1", "lb", "2000" },

        // Greenhouse gases other than CO2 are plain mass (their CO2e needs a GWP).
        { "kgCH4", "1", "g", "1000" },
        { "tCH4", "1", "kg", "1000" },
        { "kgN2O", "1000", "t", "1" },
        { "tN2O", "1", "kgN2O", "1000" },

        // CO2 and CO2e: same prefixes as mass, on their own dimension.
        { "gCO2", "1000", "kgCO2", "1" },
        { "gCO2e", "1", "kgCO2e", "0.001" },
        { "kgCO2", "1000", "tCO2", "1" },
        { "kgCO2e", "1", "gCO2e", "1000" },
        { "千克二氧化碳", "1", "tCO2", "0.001" },
        { "千克二氧化碳当量", "1000", "tCO2e", "1" },
        { "千克二氧化碳當量", "1000", "tCO2e", "1" },
        { "公斤二氧化碳", "1", "kgCO2", "1" },
        { "tCO2", "1", "kgCO2", "1000" },
        { "tCO2e", "694400", "MtCO2e", "0.6944" },
        { "吨二氧化碳", "1", "kgCO2e", "1000" },
        { "噸二氧化碳", "1", "kgCO2e", "1000" },
        { "吨二氧化碳当量", "1", "kgCO2e", "1000" },
        { "噸二氧化碳當量", "1", "kgCO2e", "1000" },
        { "ktCO2", "1", "tCO2", "1000" },
        { "ktCO2e", "1", "tCO2e", "1000" },
        { "MtCO2", "1", "ktCO2", "1000" },
        { "MtCO2e", "1", "tCO2e", "1000000" },
        { "lbCO2", "1", "kgCO2", "0.45359237" },
        { "lbCO2e", "1000", "kgCO2e", "453.59237" },

        // Carbon mass (for carbon contents such as tC/TJ).
        { "kgC", "1000", "tC", "1" },
        { "tC", "1", "kgC", "1000" },

        // Length: SI metre and kilometre.
        { "m", "1000", "km", "1" },
        { "米", "1", "km", "0.001" },
        { "km", "1", "m", "1000" },
        { "公里", "1", "米", "1000" },
        { "千米", "1", "m", "1000" },

        // Area: m², km² = 10^6 m², hectare = 10^4 m² (SI Brochure table 8).
        { "m²", "10000", "ha", "1" },
        { "m2", "1000000", "km²", "1" },
        { "平方米", "10000", "亩", "15" },
        { "㎡", "20000", "mu", "30" },
        { "km²", "1", "ha", "100" },
        { "km2", "1", "m²", "1000000" },
        { "平方公里", "1", "亩", "1500" },
        { "平方千米", "1", "ha", "100" },
        { "ha", "1", "m²", "10000" },
        { "公顷", "1", "亩", "15" },
        { "公頃", "1", "m²", "10000" },

        // 市亩: 1 mu = 10000/15 m² (one fifteenth of a hectare), the statutory definition.
        { "mu", "3", "m²", "2000" },
        { "亩", "15", "ha", "1" },
        { "畝", "30", "m²", "20000" },
        { "畆", "1.5", "m²", "1000" },

        // International foot = 0.3048 m exactly (1959), so 1 ft² = 0.09290304 m² (NIST SP 811 B.8).
        { "ft²", "1", "m²", "0.09290304" },
        { "ft2", "100", "m²", "9.290304" },

        // Volume: m³, litre = 10^-3 m³ (SI Brochure table 8), mL.
        { "m³", "1", "L", "1000" },
        { "m3", "1", "mL", "1000000" },
        { "立方米", "1", "L", "1000" },
        { "方", "1", "m³", "1" },
        { "㎥", "1", "L", "1000" },

        // Normal cubic metre: a cubic metre of gas at reference conditions, a volume like any other.
        { "Nm³", "1", "m³", "1" },
        { "Nm3", "1", "L", "1000" },
        { "L", "1000", "m³", "1" },
        { "l", "1", "mL", "1000" },
        { "升", "1", "m³", "0.001" },
        { "公升", "1", "L", "1" },
        { "mL", "1000", "L", "1" },
        { "毫升", "1", "L", "0.001" },

        // US liquid gallon = 231 in³ = 3.785411784 L exactly (NIST SP 811 B.8).
        { "gal(US)", "1", "L", "3.785411784" },

        // Power: W = J/s (SI), prefixes; kW × h = kWh.
        { "W", "1", "J/s", "1" },
        { "瓦", "1000", "kW", "1" },
        { "kW", "1", "W", "1000" },
        { "千瓦", "1", "kWh/h", "1" },
        { "MW", "1", "kW", "1000" },
        { "兆瓦", "1", "W", "1000000" },
        { "GW", "1", "MW", "1000" },
        { "吉瓦", "1", "kW", "1000000" },

        // Time: SI second; minute, hour and day (SI Brochure table 8: 60 s, 3600 s, 86,400 s).
        { "s", "3600", "h", "1" },
        { "秒", "86400", "day", "1" },
        { "min", "60", "h", "1" },
        { "分钟", "1", "s", "60" },
        { "分鐘", "1440", "d", "1" },
        { "h", "1", "s", "3600" },
        { "小时", "24", "day", "1" },
        { "小時", "1", "min", "60" },
        { "day", "1", "h", "24" },
        { "d", "1", "s", "86400" },
        { "天", "7", "h", "168" },
        { "日", "1", "min", "1440" },

        // Persons: one dimension, every name the same unit.
        { "person", "21499", "人", "21499" },
        { "persons", "1", "person", "1" },
        { "employee", "1", "人", "1" },
        { "人", "2184", "person", "2184" },
        { "名", "1", "person", "1" },

        // Counted things that are not persons are pure numbers.
        { "item", "3", "", "3" },
        { "items", "1", "", "1" },
        { "floor", "1", "", "1" },
        { "floors", "1", "", "1" },
        { "层", "62340", "", "62340" },
        { "層", "1", "%", "100" },
        { "件", "1", "", "1" },
        { "台", "1", "", "1" },
        { "个", "1", "", "1" },
        { "個", "1", "", "1" },

        // Money: one dimension per ISO 4217 currency, names in Chinese; no exchange rates.
        { "CNY", "1", "元", "1" },
        { "RMB", "1", "CNY", "1" },
        { "元", "100000", "万元", "10" },
        { "人民币元", "1", "CNY", "1" },
        { "人民幣元", "1", "CNY", "1" },
        { "HKD", "1", "港元", "1" },
        { "港元", "1", "HKD", "1" },
        { "USD", "1", "美元", "1" },
        { "美元", "1", "USD", "1" },
        { "EUR", "1", "欧元", "1" },
        { "欧元", "1", "歐元", "1" },
        { "歐元", "1", "EUR", "1" },
        { "GBP", "1", "英镑", "1" },
        { "英镑", "1", "英鎊", "1" },
        { "英鎊", "1", "GBP", "1" },
    };

    // Scale words written before a unit: 千 = 10^3, 万/萬 = 10^4, 亿/億 = 10^8 (and their compounds).
    public static TheoryData<string, string, string, string> ScaleWordRows => new()
    {
        { "千", "1 千吨", "t", "1000" },
        { "千个", "1 千个千瓦时", "MWh", "1" },
        { "千個", "1 千個千瓦時", "MWh", "1" },
        { "万", "1 万吨", "t", "10000" },
        { "萬", "69.44 萬噸", "t", "694400" },
        { "十万", "1 十万吨", "t", "100000" },
        { "十萬", "1 十萬噸", "t", "100000" },
        { "百万", "1 百万吨", "t", "1000000" },
        { "百萬", "1 百萬噸", "t", "1000000" },
        { "千万", "1 千万元", "CNY", "10000000" },
        { "千萬", "1 千萬元", "CNY", "10000000" },
        { "亿", "1 亿千瓦时", "kWh", "100000000" },
        { "億", "5 億度", "kWh", "500000000" },
        { "thousand", "1 thousand tonnes", "t", "1000" },
        { "'000", "892.32 '000 tonnes", "t", "892320" },
        { "million", "58.3 million kWh", "MWh", "58300" },
        { "billion", "1.2 billion kWh", "GWh", "1200" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_unit_converts_by_its_defining_constant(string symbol, string value, string target, string expected)
    {
        var source = new Measurement(decimal.Parse(value, CultureInfo.InvariantCulture), UnitCatalog.Get(symbol));

        var converted = source.ConvertTo(target);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), converted.Value);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_symbol_parses_as_itself(string symbol, string value, string target, string expected)
    {
        _ = (value, target, expected);
        var atom = UnitCatalog.Get(symbol);

        var parsed = UnitParser.Parse(symbol);

        Assert.True(parsed.IsEquivalentTo(atom), $"'{symbol}' parsed as {parsed.Scale} {parsed.Kind}, the catalogue says {atom.Scale} {atom.Kind}");
        Assert.Equal(symbol, parsed.Symbol);
    }

    [Theory]
    [MemberData(nameof(ScaleWordRows))]
    public void Every_scale_word_multiplies_the_unit_after_it(string word, string text, string target, string expected)
    {
        Assert.Contains(word, text, StringComparison.Ordinal);

        var converted = Measurement.Parse(text).ConvertTo(target);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), converted.Value);
    }

    [Fact]
    public void Every_catalogue_symbol_has_a_row_in_the_table()
    {
        var covered = Rows.Concat(PrintedSpellingTests.Rows).Select(row => (string)row[0])
            .Concat(PrintedSpellingTests.CoveredByFamilies()).ToHashSet(StringComparer.Ordinal);

        var missing = UnitCatalog.Symbols.Keys.Where(symbol => !covered.Contains(symbol)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"symbols without a row in the conversion table: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_scale_word_has_a_row_in_the_table()
    {
        var covered = ScaleWordRows.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        var missing = UnitCatalog.Scales.Keys.Where(word => !covered.Contains(word)).ToList();

        Assert.True(missing.Count == 0, $"scale words without a row: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_table_row_names_a_catalogue_symbol()
    {
        var unknown = Rows.Select(row => (string)row[0]).Where(symbol => !UnitCatalog.Symbols.ContainsKey(symbol)).ToList();

        Assert.Empty(unknown);
    }
}
