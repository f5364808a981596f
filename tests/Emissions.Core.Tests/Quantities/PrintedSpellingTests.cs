using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// The spellings reports print (UnitCatalog.Printed), each against a hand-written value from its defining
/// constant; the CO2e and currency families (every gas spelling after every mass spelling, every scale after
/// every currency) are checked as the product of their parts, whose own rows are here or in <see cref="UnitTableTests"/>.
/// </summary>
public class PrintedSpellingTests
{
    public static TheoryData<string, string, string, string> Rows => new()
    {
        // Case and word spellings of the watt hour (1 kWh = 3.6 MJ, SI).
        { "kilowatthour", "1", "kJ", "3600" },
        { "kilowatthours", "1000", "MWh", "1" }, { "kilowatt-hour", "1", "kWh", "1" }, { "kilowatt-hours", "1", "Wh", "1000" },
        { "megawatthour", "1", "kWh", "1000" }, { "megawatthours", "1", "MWh", "1" },
        { "megawatt-hours", "1", "MWh", "1" }, { "gigawatthours", "1", "TJ", "3.6" },
        { "EJ", "1", "PJ", "1000" }, { "拍焦", "1", "TJ", "1000" },

        // Btu(IT) = 1055.05585262 J (ISO 80000-5); k = 10^3, MM = 10^6, BB = 10^9 in US energy statistics (EIA).
        { "BTU", "1", "J", "1055.05585262" }, { "Btu(IT)", "1", "J", "1055.05585262" },
        { "kBtu", "1", "J", "1055055.85262" }, { "kBTU", "1000", "MMBtu", "1" }, { "kbtu", "1", "Btu", "1000" },
        { "mmBtu", "1", "GJ", "1.05505585262" }, { "MMBTU", "1", "GJ", "1.05505585262" }, { "mmbtu", "1", "kBtu", "1000" },
        { "MMbtu", "1", "MJ", "1055.05585262" }, { "mmBTU", "1", "MMBtu", "1" }, { "BBtu", "1", "MMBtu", "1000" },

        // Therms: EC = 100,000 Btu(IT); US = 1.054804 × 10^8 J (NIST SP 811 B.9); dekatherm = 10 US therms.
        { "therm(EC)", "1", "MJ", "105.505585262" }, { "therms(EC)", "10", "MMBtu", "1" }, { "ECtherm", "1", "Btu", "100000" },
        { "ECtherms", "1", "therm", "1" }, { "therms", "1", "MJ", "105.505585262" },
        { "therms(US)", "1", "J", "105480400" }, { "UStherm", "1", "MJ", "105.4804" }, { "UStherms", "10", "GJ", "1.054804" },
        { "Dth", "1", "J", "1054804000" }, { "dth", "1", "therm(US)", "10" }, { "dekatherm", "1", "GJ", "1.054804" }, { "dekatherms", "1", "MJ", "1054.804" },

        // IEA: toe = 41.868 GJ.
        { "ktoe", "1", "GJ", "41868" }, { "Mtoe", "1", "PJ", "41.868" },

        // GB/T 2589: 1 kgce = 29,307.6 kJ.
        { "TCE", "1", "GJ", "29.3076" }, { "Tce", "1", "kgce", "1000" }, { "tCE", "1", "MWh", "8.141" }, { "吨标准煤当量", "1", "GJ", "29.3076" },
        { "ktce", "1", "TJ", "29.3076" }, { "kTCE", "1", "tce", "1000" }, { "Mtce", "1", "PJ", "29.3076" }, { "MTCE", "1", "tce", "1000000" },
        { "KGCE", "1", "kJ", "29307.6" },

        // International Table calorie = 4.1868 J.
        { "kcal", "1", "J", "4186.8" }, { "千卡", "7000", "kgce", "1" }, { "大卡", "1", "kJ", "4.1868" },
        { "Mcal", "1", "kJ", "4186.8" }, { "兆卡", "1", "kcal", "1000" }, { "Gcal", "1", "GJ", "4.1868" }, { "吉卡", "1", "MJ", "4186.8" },

        // Mass: tonne = 1000 kg (SI); MT read as the metric ton; MMT = million metric tons (US EPA inventory);
        // lb = 0.45359237 kg; short ton = 2000 lb; long ton = 2240 lb (NIST SP 811 B.8).
        { "kgs", "1", "g", "1000" }, { "kilogram", "1", "kg", "1" }, { "kilograms", "1000", "t", "1" }, { "kilogramme", "1", "kg", "1" },
        { "kilogrammes", "1", "kg", "1" },
        { "tonne", "1", "kg", "1000" }, { "tonnes", "892.32", "kg", "892320" }, { "metricton", "1", "kg", "1000" }, { "metrictons", "1", "t", "1" },
        { "metrictonne", "1", "kg", "1000" }, { "metrictonnes", "1", "kg", "1000" }, { "t(metric)", "1", "kg", "1000" },
        { "MT", "1", "kg", "1000" }, { "MTs", "2", "t", "2" },
        { "kilotonne", "1", "t", "1000" }, { "kilotonnes", "1", "kt", "1" }, { "thousandtonnes", "1", "t", "1000" },
        { "megatonne", "1", "t", "1000000" }, { "megatonnes", "1", "Mt", "1" }, { "MMT", "1", "t", "1000000" },
        { "lbs", "1", "kg", "0.45359237" }, { "pound", "2000", "short-ton", "1" }, { "pounds", "1", "g", "453.59237" },
        { "shortton", "1", "kg", "907.18474" }, { "shorttons", "1", "lb", "2000" }, { "short-tons", "1", "kg", "907.18474" },
        { "shortton(US)", "1", "kg", "907.18474" },
        { "longton", "1", "kg", "1016.0469088" }, { "longtons", "1", "lb", "2240" }, { "long-ton", "1", "kg", "1016.0469088" },
        { "long-tons", "1", "kg", "1016.0469088" }, { "ton(UK)", "1", "lb", "2240" },

        // Volume: litre = 10^-3 m³ (SI); kL = m³; ML = 1000 m³; ft³ = 0.3048³ m³; Ccf/Mcf/MMcf/Bcf = 10^2/10^3/10^6/10^9 ft³ (EIA);
        // barrel = 42 US gal; US gal = 3.785411784 L (NIST SP 811); imperial gallon = 4.54609 L (UK Weights and Measures Act 1985).
        { "cubicmetre", "1", "L", "1000" }, { "cubicmetres", "1", "m³", "1" }, { "cubicmeter", "1", "m³", "1" }, { "cubicmeters", "1", "L", "1000" },
        { "cu.m.", "1", "m³", "1" }, { "cu.m", "1", "m³", "1" }, { "立方公尺", "1", "m³", "1" },
        { "litre", "1000", "m³", "1" }, { "litres", "1", "mL", "1000" }, { "liter", "1", "L", "1" }, { "liters", "1", "L", "1" }, { "ltr", "1", "L", "1" },
        { "kL", "1", "m³", "1" }, { "kl", "1", "L", "1000" }, { "kilolitre", "1", "m³", "1" }, { "kilolitres", "1", "m³", "1" }, { "kiloliter", "1", "m³", "1" },
        { "kiloliters", "1", "m³", "1" }, { "千升", "1", "L", "1000" }, { "公秉", "1", "m³", "1" },
        { "ML", "1", "m³", "1000" }, { "Ml", "1", "L", "1000000" }, { "megalitre", "1", "m³", "1000" }, { "megalitres", "56.22", "m³", "56220" },
        { "megaliter", "1", "m³", "1000" }, { "megaliters", "1", "m³", "1000" }, { "兆升", "1", "m³", "1000" },
        { "ft³", "1", "L", "28.316846592" }, { "ft3", "1", "m³", "0.028316846592" }, { "ft^3", "1", "L", "28.316846592" }, { "cf", "1", "L", "28.316846592" },
        { "cuft", "1", "L", "28.316846592" }, { "cu.ft.", "1", "L", "28.316846592" }, { "cubicfoot", "1", "L", "28.316846592" },
        { "cubicfeet", "1000", "Mcf", "1" }, { "scf", "1", "L", "28.316846592" },
        { "Ccf", "1", "m³", "2.8316846592" }, { "CCF", "1", "ft³", "100" }, { "ccf", "10", "Mcf", "1" },
        { "Mcf", "1", "m³", "28.316846592" }, { "MCF", "1", "ft³", "1000" }, { "mcf", "1", "m³", "28.316846592" }, { "Mscf", "1", "scf", "1000" },
        { "MSCF", "1", "m³", "28.316846592" },
        { "MMcf", "1", "m³", "28316.846592" }, { "MMCF", "1", "Mcf", "1000" }, { "MMscf", "1", "m³", "28316.846592" }, { "MMSCF", "1", "m³", "28316.846592" },
        { "Bcf", "1", "m³", "28316846.592" }, { "BCF", "1", "MMcf", "1000" },
        { "bbl", "1", "L", "158.987294928" }, { "bbls", "1", "gal(US)", "42" }, { "barrel", "1", "m³", "0.158987294928" }, { "barrels", "1", "L", "158.987294928" },
        { "桶", "1", "L", "158.987294928" },
        { "USgal", "1", "L", "3.785411784" }, { "USgallon", "1", "L", "3.785411784" }, { "USgallons", "1", "gal(US)", "1" }, { "gallon(US)", "1", "L", "3.785411784" },
        { "gallons(US)", "1", "L", "3.785411784" }, { "美制加仑", "1", "L", "3.785411784" },
        { "gal(imp)", "1", "L", "4.54609" }, { "gal(UK)", "1", "L", "4.54609" }, { "impgal", "1", "mL", "4546.09" }, { "imperialgallon", "1", "L", "4.54609" },
        { "imperialgallons", "1000", "m³", "4.54609" }, { "UKgallon", "1", "L", "4.54609" }, { "UKgallons", "1", "L", "4.54609" }, { "gallon(imp)", "1", "L", "4.54609" },
        { "gallons(imp)", "1", "L", "4.54609" }, { "英制加仑", "1", "L", "4.54609" },

        // Area: ft² = 0.09290304 m².
        { "sq.m.", "36861", "亩", "55.2915" }, { "sq.m", "1", "m²", "1" }, { "sqm", "1", "m²", "1" }, { "sq.metre", "1", "m²", "1" }, { "squaremetre", "1", "m²", "1" },
        { "squaremetres", "1", "m²", "1" }, { "squaremeter", "1", "m²", "1" }, { "squaremeters", "10000", "ha", "1" }, { "平方公尺", "1", "m²", "1" },
        { "sq.ft.", "1", "m²", "0.09290304" }, { "sq.ft", "1", "m²", "0.09290304" }, { "sqft", "1", "m²", "0.09290304" }, { "squarefoot", "1", "m²", "0.09290304" },
        { "squarefeet", "1", "ft²", "1" }, { "ft^2", "1", "m²", "0.09290304" },

        // Persons.
        { "employees", "21499", "人", "21499" }, { "Employee", "1", "person", "1" }, { "Employees", "1", "person", "1" }, { "FTE", "1", "person", "1" },
        { "FTEs", "1", "person", "1" }, { "capita", "1", "person", "1" }, { "people", "1", "person", "1" }, { "headcount", "1", "person", "1" },
        { "员工", "1", "人", "1" }, { "員工", "1", "人", "1" }, { "雇员", "1", "人", "1" }, { "僱員", "1", "人", "1" }, { "名员工", "1", "人", "1" },
        { "名員工", "1", "人", "1" }, { "名雇员", "1", "人", "1" }, { "名僱員", "1", "人", "1" }, { "位员工", "1", "人", "1" }, { "位員工", "1", "人", "1" },

        // Currencies as printed, no scale.
        { "人民币", "1", "CNY", "1" }, { "人民幣", "1", "CNY", "1" }, { "Rmb", "1", "CNY", "1" }, { "HK$", "1", "HKD", "1" }, { "港币", "1", "HKD", "1" },
        { "港幣", "1", "HKD", "1" }, { "US$", "1", "USD", "1" }, { "美金", "1", "USD", "1" }, { "€", "1", "EUR", "1" }, { "£", "1", "GBP", "1" },
    };

    private static readonly (string Suffix, decimal Factor)[] MoneyScales =
        [("'000", 1e3m), ("thousand", 1e3m), ("k", 1e3m), ("million", 1e6m), ("mn", 1e6m), ("m", 1e6m), ("MM", 1e6m), ("billion", 1e9m), ("bn", 1e9m)];

    private static readonly string[] Gases =
    [
        "CO2e", "CO2E", "CO2-e", "CO2eq", "CO2-eq", "CO2eq.", "CO2Eq", "CO2Eq.", "CO2-Eq.", "CO2equivalent", "CO2-equivalent", "CO2equivalents",
        "CO2", "二氧化碳当量", "二氧化碳當量", "二氧化碳",
    ];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_printed_spelling_converts_by_its_defining_constant(string symbol, string value, string target, string expected)
    {
        var source = new Measurement(decimal.Parse(value, CultureInfo.InvariantCulture), UnitCatalog.Get(symbol));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), source.ConvertTo(target).Value);
    }

    [Fact]
    public void Every_CO2e_spelling_is_its_mass_spelling_on_CO2e()
    {
        var checkedCount = 0;
        foreach (var (symbol, unit) in UnitCatalog.Symbols.Where(p => p.Value.Dimension == Dimension.Co2eDim))
        {
            var (mass, _) = SplitCo2e(symbol);
            Assert.True(mass is not null, $"'{symbol}' is CO2e but ends in no known gas spelling");
            var massUnit = UnitCatalog.Get(mass!);
            Assert.Equal(Dimension.MassDim, massUnit.Dimension);
            Assert.Equal(massUnit.Scale, unit.Scale);
            checkedCount++;
        }

        Assert.True(checkedCount > 400, $"only {checkedCount} CO2e spellings");
    }

    [Fact]
    public void Every_currency_with_a_printed_scale_is_the_currency_times_the_scale()
    {
        foreach (var symbol in MoneySpellingsWithScale())
        {
            var (currency, factor) = SplitMoney(symbol)!.Value;

            var unit = UnitCatalog.Get(symbol);

            Assert.Equal(currency.Dimension, unit.Dimension);
            Assert.Equal(currency.Scale * UnitScale.Of(factor), unit.Scale);
        }

        Assert.Equal(587.76m, Measurement.Parse("58,776 RMB million").ConvertTo("亿元").Value);
    }

    [Theory]
    [InlineData("1,000 kWh (Gross CV)", "MWh", CalorificBasis.Gross)]
    [InlineData("1,000 kWh (Net CV)", "MWh", CalorificBasis.Net)]
    [InlineData("1,000 kWh(NCV)", "MWh", CalorificBasis.Net)]
    [InlineData("1 GJ (HHV)", "GJ", CalorificBasis.Gross)]
    [InlineData("1000 kWh", "MWh", CalorificBasis.Unstated)]
    public void A_calorific_basis_printed_after_an_energy_is_kept_and_changes_no_value(string printed, string target, CalorificBasis basis)
    {
        var measurement = Measurement.Parse(printed);

        Assert.Equal(1m, measurement.ConvertTo(target).Value);
        Assert.Equal(basis, measurement.Unit.CalorificBasis);
    }

    [Fact]
    public void Every_calorific_basis_spelling_is_its_energy_unit()
    {
        foreach (var symbol in CalorificSpellings())
        {
            var energy = UnitCatalog.Get(symbol[..symbol.LastIndexOf('(')]);

            Assert.True(UnitCatalog.Get(symbol).IsEquivalentTo(energy), symbol);
            Assert.NotEqual(CalorificBasis.Unstated, UnitCatalog.Get(symbol).CalorificBasis);
        }
    }

    private static IEnumerable<string> CalorificSpellings() =>
        UnitCatalog.Symbols.Where(p => p.Value.CalorificBasis != CalorificBasis.Unstated).Select(p => p.Key);

    /// <summary>The symbols these family tests cover, for <see cref="UnitTableTests"/>'s one-row-per-symbol rule.</summary>
    internal static IEnumerable<string> CoveredByFamilies() =>
        UnitCatalog.Symbols.Keys.Where(s => SplitCo2e(s).Mass is not null).Concat(MoneySpellingsWithScale()).Concat(CalorificSpellings());

    private static IEnumerable<string> MoneySpellingsWithScale() =>
        UnitCatalog.Symbols.Where(p => p.Value.Dimension.Money == 1 && SplitMoney(p.Key) is not null).Select(p => p.Key);

    private static (Unit Currency, decimal Factor)? SplitMoney(string symbol)
    {
        foreach (var (suffix, factor) in MoneyScales.OrderByDescending(s => s.Suffix.Length))
        {
            if (symbol.Length > suffix.Length && symbol.EndsWith(suffix, StringComparison.Ordinal)
                && UnitCatalog.Symbols.TryGetValue(symbol[..^suffix.Length], out var currency) && currency.Dimension.Money == 1)
            {
                return (currency, factor);
            }
        }

        return null;
    }

    private static (string? Mass, string? Gas) SplitCo2e(string symbol)
    {
        foreach (var gas in Gases.OrderByDescending(g => g.Length))
        {
            if (symbol.Length <= gas.Length || !symbol.EndsWith(gas, StringComparison.Ordinal))
            {
                continue;
            }

            var mass = symbol[..^gas.Length];
            mass = mass.EndsWith("of", StringComparison.Ordinal) && !UnitCatalog.Symbols.ContainsKey(mass) ? mass[..^2] : mass;
            if (UnitCatalog.Symbols.TryGetValue(mass, out var unit) && unit.Dimension == Dimension.MassDim)
            {
                return (mass, gas);
            }
        }

        return (null, null);
    }
}
