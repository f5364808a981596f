namespace Emissions.Quantities;

/// <summary>
/// The closed list of atomic unit symbols (case-sensitive), English and Chinese, simplified
/// and traditional. Compound units ("tCO2/MWh", "噸 / 人") are parsed from these by
/// <see cref="UnitParser"/>. Canonical units: kWh, kg, kg CO2e, kg C, m, h, person, 1 currency unit
/// (so power is canonically kWh/h = kW, and kW × h = kWh exactly).
/// Every constant is exact by definition or cited.
/// </summary>
internal static partial class UnitCatalog
{
    private static readonly Dictionary<string, Unit> Atoms = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, (UnitScale Scale, string Name)> ScaleWords = new(StringComparer.Ordinal);

    // ISO 31-4 / ISO 80000-5: the International Table Btu is exactly 1055.05585262 J.
    private const decimal Btu = 1055.05585262m;

    // GB/T 2589: 1 kgce = 29,307.6 kJ (7,000 kcal), so 1 tce = 29.3076 GJ.
    private const decimal Kgce = 29_307_600m;

    // International avoirdupois pound (1959 agreement): exactly 0.45359237 kg.
    private const decimal Pound = 0.45359237m;

    static UnitCatalog()
    {
        // Ratio. ISO 80000-1: % is the number 0.01, ‰ 0.001, so "94.8 %" is the ratio 0.948 wherever it is read.
        // White space is dropped before symbols are matched, so "per cent" reads as "percent".
        Add(Dimension.None, 1m, "ratio", "");
        Add(Dimension.None, 0.01m, "percent", "%", "％", "percent", "Percent", "pct", "百分比");
        Add(Dimension.None, 0.001m, "per mille", "‰", "permille");
        Add(Dimension.None, 1e-4m, "basis point", "bp", "bps");
        Add(Dimension.None, 1e-6m, "part per million", "ppm");

        // A difference of two percentages (30 % − 25 %) is 5 percentage points: the same 0.05, printed apart so it is not read as a relative change.
        Add(Dimension.None, 0.01m, "percentage point", "pp", "percentagepoint", "percentagepoints", "百分点", "百分點", "个百分点", "個百分點");

        // Multipliers as printed ("6x", "6 times", "6倍"): a pure number, 6.
        Add(Dimension.None, 1m, "times", "x", "×", "times", "倍");

        // Energy (canonical kWh, so that factors per kWh or MWh stay exact; joules are exact fractions of it)
        Add(Dimension.EnergyDim, Joules(1m), "joule", "J", "焦耳", "焦");
        Add(Dimension.EnergyDim, Joules(1e3m), "kilojoule", "kJ", "千焦");
        Add(Dimension.EnergyDim, Joules(1e6m), "megajoule", "MJ", "兆焦");
        Add(Dimension.EnergyDim, Joules(1e9m), "gigajoule", "GJ", "吉焦");
        Add(Dimension.EnergyDim, Joules(1e12m), "terajoule", "TJ", "太焦");
        Add(Dimension.EnergyDim, Joules(1e15m), "petajoule", "PJ");
        Add(Dimension.EnergyDim, 0.001m, "watt hour", "Wh", "瓦时", "瓦時");
        Add(Dimension.EnergyDim, 1m, "kilowatt hour", "kWh", "千瓦时", "千瓦時", "度");
        Add(Dimension.EnergyDim, 1e3m, "megawatt hour", "MWh", "兆瓦时", "兆瓦時");
        Add(Dimension.EnergyDim, 1e6m, "gigawatt hour", "GWh", "吉瓦时", "吉瓦時");
        Add(Dimension.EnergyDim, 1e9m, "terawatt hour", "TWh", "太瓦时", "太瓦時");
        Add(Dimension.EnergyDim, Joules(Btu), "British thermal unit (IT)", "Btu");
        Add(Dimension.EnergyDim, Joules(Btu * 1e6m), "million Btu", "MMBtu");

        // The therm as 100,000 Btu(IT) (UK/EC usage); the US therm is defined on the Btu(59 °F): NIST SP 811 B.9, 1.054804E+08 J.
        // A bare "therm" is read as the EC therm and says so (the two differ by 0.024 %).
        Add(Dimension.EnergyDim, Joules(Btu * 1e5m), "therm (EC)", "therm(EC)", "therms(EC)", "ECtherm", "ECtherms");
        AddRead(Dimension.EnergyDim, Joules(Btu * 1e5m), "therm (EC)", ThermCaveat, "therm", "therms", "thm");
        Add(Dimension.EnergyDim, Joules(UsTherm), "therm (US)", "therm(US)", "therms(US)", "UStherm", "UStherms");

        // IEA / OECD: 1 toe = 10^7 kcal(IT) = 41.868 GJ.
        Add(Dimension.EnergyDim, Joules(41.868e9m), "tonne of oil equivalent", "toe");
        Add(Dimension.EnergyDim, Joules(Kgce), "kilogram of coal equivalent", "kgce", "千克标准煤", "千克標準煤", "公斤标准煤", "公斤標準煤");
        Add(Dimension.EnergyDim, Joules(Kgce * 1e3m), "tonne of coal equivalent", "tce", "吨标准煤", "噸標準煤", "吨标煤", "噸標煤");

        // Mass (canonical kg)
        Add(Dimension.MassDim, 0.001m, "gram", "g", "克");
        Add(Dimension.MassDim, 1m, "kilogram", "kg", "千克", "公斤");
        Add(Dimension.MassDim, 1e3m, "tonne", "t", "吨", "噸", "公吨", "公噸");
        Add(Dimension.MassDim, 1e6m, "kilotonne", "kt");
        Add(Dimension.MassDim, 1e6m, "gigagram", "Gg");
        Add(Dimension.MassDim, 1e9m, "megatonne", "Mt");
        Add(Dimension.MassDim, Pound, "pound", "lb");

        // US customary short ton = 2,000 lb exactly.
        Add(Dimension.MassDim, Pound * 2000m, "short ton", "short-ton", "ton(US)");

        // Greenhouse-gas masses other than CO2 are plain mass: their CO2e needs a GWP, never an implicit 1.
        Add(Dimension.MassDim, 1m, "kilogram of CH4", "kgCH4");
        Add(Dimension.MassDim, 1e3m, "tonne of CH4", "tCH4");
        Add(Dimension.MassDim, 1m, "kilogram of N2O", "kgN2O");
        Add(Dimension.MassDim, 1e3m, "tonne of N2O", "tN2O");

        // CO2 and CO2e (canonical kg CO2e; CO2 is CO2e with GWP 1)
        Add(Dimension.Co2eDim, 0.001m, "gram of CO2", "gCO2", "gCO2e");
        Add(Dimension.Co2eDim, 1m, "kilogram of CO2", "kgCO2", "kgCO2e", "千克二氧化碳", "千克二氧化碳当量", "千克二氧化碳當量", "公斤二氧化碳");
        Add(Dimension.Co2eDim, 1e3m, "tonne of CO2", "tCO2", "tCO2e", "吨二氧化碳", "噸二氧化碳", "吨二氧化碳当量", "噸二氧化碳當量");
        Add(Dimension.Co2eDim, 1e6m, "kilotonne of CO2", "ktCO2", "ktCO2e");
        Add(Dimension.Co2eDim, 1e9m, "megatonne of CO2", "MtCO2", "MtCO2e");
        Add(Dimension.Co2eDim, Pound, "pound of CO2", "lbCO2", "lbCO2e");

        // Carbon (canonical kg C), for carbon contents such as tC/TJ.
        Add(Dimension.CarbonDim, 1m, "kilogram of carbon", "kgC");
        Add(Dimension.CarbonDim, 1e3m, "tonne of carbon", "tC");

        // Length, area, volume (canonical m)
        Add(Dimension.LengthDim, 1m, "metre", "m", "米");
        Add(Dimension.LengthDim, 1e3m, "kilometre", "km", "公里", "千米");
        Add(Dimension.AreaDim, 1m, "square metre", "m²", "m2", "平方米", "㎡");
        Add(Dimension.AreaDim, 1e6m, "square kilometre", "km²", "km2", "平方公里", "平方千米");
        Add(Dimension.AreaDim, 1e4m, "hectare", "ha", "公顷", "公頃");

        // 市亩: 1 mu = 10000/15 m² (one fifteenth of a hectare), the statutory definition since 1990.
        Add(Dimension.AreaDim, new UnitScale(10_000m, 15m), "mu", "mu", "亩", "畝", "畆");

        // International foot = 0.3048 m exactly, so 1 ft² = 0.09290304 m².
        Add(Dimension.AreaDim, 0.09290304m, "square foot", "ft²", "ft2");
        Add(Dimension.VolumeDim, 1m, "cubic metre", "m³", "m3", "立方米", "方", "㎥");

        // The normal cubic metre (0 °C, 101.325 kPa) is a cubic metre of gas at reference conditions;
        // Chinese fuel statistics print natural gas in m³ meaning the same reference volume.
        Add(Dimension.VolumeDim, 1m, "normal cubic metre", "Nm³", "Nm3");
        Add(Dimension.VolumeDim, 0.001m, "litre", "L", "l", "升", "公升");
        Add(Dimension.VolumeDim, 1e-6m, "millilitre", "mL", "毫升");

        // US liquid gallon = 231 in³ = 3.785411784 L exactly.
        Add(Dimension.VolumeDim, UsGallon, "US gallon", "gal(US)");

        // Power (canonical kWh/h = kW): power is energy per time, and energy is canonically kWh and time h,
        // so W·h is exactly 0.001 kWh and kW × h = kWh.
        Add(Dimension.PowerDim, 0.001m, "watt", "W", "瓦");
        Add(Dimension.PowerDim, 1m, "kilowatt", "kW", "千瓦");
        Add(Dimension.PowerDim, 1e3m, "megawatt", "MW", "兆瓦");
        Add(Dimension.PowerDim, 1e6m, "gigawatt", "GW", "吉瓦");

        // Duration (canonical h, the time unit of kWh; SI: 1 h = 3600 s, 1 d = 86,400 s).
        Add(Dimension.TimeDim, new UnitScale(1m, 3600m), "second", "s", "秒");
        Add(Dimension.TimeDim, new UnitScale(1m, 60m), "minute", "min", "分钟", "分鐘");
        Add(Dimension.TimeDim, 1m, "hour", "h", "小时", "小時");
        Add(Dimension.TimeDim, 24m, "day", "day", "d", "天", "日");

        // Count of persons
        Add(Dimension.PersonDim, 1m, "person", "person", "persons", "employee", "人", "名");

        // Counted things that are not persons (floors climbed, devices, bins) are pure numbers.
        Add(Dimension.None, 1m, "item", "item", "items", "floor", "floors", "层", "層", "件", "台", "个", "個");

        // Money: one dimension per currency, no exchange rates.
        Add(Dimension.MoneyDim("CNY"), 1m, "yuan", "CNY", "RMB", "元", "人民币元", "人民幣元");
        Add(Dimension.MoneyDim("HKD"), 1m, "Hong Kong dollar", "HKD", "港元");
        Add(Dimension.MoneyDim("USD"), 1m, "US dollar", "USD", "美元");
        Add(Dimension.MoneyDim("EUR"), 1m, "euro", "EUR", "欧元", "歐元");
        Add(Dimension.MoneyDim("GBP"), 1m, "pound sterling", "GBP", "英镑", "英鎊");

        // Chinese scale words written before a unit (万吨, 亿度, 千个千瓦时 = HKEX's "thousand kWh" = MWh).
        AddScale("千", 1e3m, "thousand");
        AddScale("千个", 1e3m, "thousand");
        AddScale("千個", 1e3m, "thousand");
        AddScale("万", 1e4m, "ten thousand");
        AddScale("萬", 1e4m, "ten thousand");
        AddScale("十万", 1e5m, "hundred thousand");
        AddScale("十萬", 1e5m, "hundred thousand");
        AddScale("百万", 1e6m, "million");
        AddScale("百萬", 1e6m, "million");
        AddScale("千万", 1e7m, "ten million");
        AddScale("千萬", 1e7m, "ten million");
        AddScale("亿", 1e8m, "hundred million");
        AddScale("億", 1e8m, "hundred million");

        AddPrintedSpellings();

        SymbolsByFirstChar = ByFirstCharLongestFirst(Atoms.Keys.Concat(AmbiguousAtoms.Keys));
        ScaleWordsByFirstChar = ByFirstCharLongestFirst(ScaleWords.Keys);
    }

    /// <summary>Symbols grouped by their first character, longest first, so the parser takes the longest match ("tCO2e" before "t").</summary>
    internal static IReadOnlyDictionary<char, string[]> SymbolsByFirstChar { get; }

    internal static IReadOnlyDictionary<char, string[]> ScaleWordsByFirstChar { get; }

    /// <summary>Every atomic symbol with its unit (aliases included).</summary>
    public static IReadOnlyDictionary<string, Unit> Symbols => Atoms;

    internal static IReadOnlyDictionary<string, (UnitScale Scale, string Name)> Scales => ScaleWords;

    /// <summary>The Chinese scale words that may stand before a unit (万吨, 亿度, 千个千瓦时), with their factor and English name.</summary>
    public static IReadOnlyDictionary<string, (UnitScale Scale, string Name)> ScalePrefixes => ScaleWords;

    /// <summary>The unit for an exact atomic symbol.</summary>
    public static Unit Get(string symbol) =>
        Atoms.TryGetValue(symbol, out var unit) ? unit : throw UnknownUnit(symbol);

    internal static QuantityException UnknownUnit(string symbol, string? within = null)
    {
        var nearest = Nearest(symbol, 3);
        var near = nearest.Count == 0 ? "; no known unit is close" : $"; nearest known: {string.Join(", ", nearest)}";
        var context = within is null ? "" : $" in '{within}'";
        return new QuantityException(QuantityError.UnknownUnit, $"unknown unit '{symbol}'{context}{near}", QuantityExpectations.KnownUnit, nearest)
        {
            Hint = QuantityHint.UnitList,
        };
    }

    /// <summary>
    /// The known symbols closest to <paramref name="symbol"/>, each of the kind and magnitude the text
    /// means (<see cref="UnitSuggestions"/>): "percnt" is never answered with "person", nor "MT" with "Mt".
    /// </summary>
    public static IReadOnlyList<string> Nearest(string symbol, int count) => UnitSuggestions.Nearest(symbol, count);

    private static Dictionary<char, string[]> ByFirstCharLongestFirst(IEnumerable<string> words) =>
        words.Where(w => w.Length > 0)
            .GroupBy(w => w[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray());

    private static void Add(Dimension dimension, decimal factor, string name, params string[] symbols) =>
        Add(dimension, UnitScale.Of(factor), name, symbols);

    private static void Add(Dimension dimension, UnitScale scale, string name, params string[] symbols)
    {
        foreach (var symbol in symbols)
        {
            Atoms.Add(symbol, new Unit(symbol, dimension, scale, name));
        }
    }

    /// <summary>Spellings with two readings taken by a documented default: the unit carries the warning naming the other reading.</summary>
    private static void AddRead(Dimension dimension, UnitScale scale, string name, string caveat, params string[] symbols)
    {
        foreach (var symbol in symbols)
        {
            Atoms.Add(symbol, new Unit(symbol, dimension, scale, name, string.Format(System.Globalization.CultureInfo.InvariantCulture, caveat, symbol)));
        }
    }

    // SI: 1 kWh = 3.6 MJ exactly.
    private static UnitScale Joules(decimal joules) => new UnitScale(joules, 3_600_000m) * UnitScale.One;

    private static void AddScale(string word, decimal factor, string name) => ScaleWords.Add(word, (UnitScale.Of(factor), name));
}
