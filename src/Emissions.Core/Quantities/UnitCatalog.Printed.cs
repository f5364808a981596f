namespace Emissions.Quantities;

/// <summary>
/// The spellings real reports print (HKEX ESG tables, Chinese 社会责任报告, US EPA/EIA, UK DESNZ): "metric tons CO2e",
/// "tCO₂-e", "公吨二氧化碳当量", "million kWh", "MMBtu", "Mcf", "bbl", "RMB million", "FTE" … Still one closed list:
/// every spelling is an atom with an exact, cited scale (white space is removed before matching, so "metric tons"
/// is the atom "metrictons"). Spellings with more than one reading are either read by a documented default that
/// carries a <see cref="Unit.Caveat"/>, or refused listing the readings (<see cref="AmbiguousAtoms"/>).
/// </summary>
internal static partial class UnitCatalog
{
    private static readonly Dictionary<string, AmbiguousSpelling> AmbiguousAtoms = new(StringComparer.Ordinal);

    private const string ThermCaveat = "'{0}' read as the EC therm (100,000 Btu(IT) = 105.505585262 MJ); the US therm (105.4804 MJ) is 'therm(US)'";

    private const string MetricTonCaveat = "'{0}' read as metric tons (1 MT = 1 t = 1000 kg), as US reports print them; a megatonne is 'Mt'";

    // US therm: NIST SP 811 B.9, 1.054804 × 10^8 J (100,000 Btu at 59 °F).
    private const decimal UsTherm = 105_480_400m;

    // US liquid gallon = 231 in³ = 3.785411784 L exactly (NIST SP 811 B.8).
    private const decimal UsGallon = 0.003785411784m;

    // Imperial gallon = 4.54609 L exactly (UK Weights and Measures Act 1985, Schedule 1).
    private const decimal ImperialGallon = 0.00454609m;

    // International foot = 0.3048 m (1959), so 1 ft³ = 0.3048³ m³ = 0.028316846592 m³ exactly.
    private const decimal CubicFoot = 0.028316846592m;

    // Long ton = 2,240 lb = 1016.0469088 kg exactly (NIST SP 811 B.8).
    private const decimal LongTon = 1016.0469088m;

    // International Table calorie = 4.1868 J exactly (5th International Conference on the Properties of Steam, 1956);
    // GB/T 2589's 7,000 kcal per kgce is on this calorie.
    private const decimal CalorieIt = 4.1868m;

    /// <summary>Spellings that are refused because they have more than one reading, with the readings to choose from.</summary>
    public static IReadOnlyDictionary<string, AmbiguousSpelling> Ambiguous => AmbiguousAtoms;

    private static void AddPrintedSpellings()
    {
        AddPrintedEnergy();
        AddPrintedMass();
        AddPrintedCo2e();
        AddPrintedVolume();
        AddPrintedDenominators();
        AddPrintedMoney();
        AddCalorificBases();

        // English scale words before a unit, as tables print them ("million kWh", "thousand tonnes", "'000 tonnes").
        AddScale("thousand", 1e3m, "thousand");
        AddScale("'000", 1e3m, "thousand");
        AddScale("million", 1e6m, "million");
        AddScale("billion", 1e9m, "billion");
    }

    private static void AddPrintedEnergy()
    {
        Add(Dimension.EnergyDim, 1m, "kilowatt hour", "kilowatthour", "kilowatthours", "kilowatt-hour", "kilowatt-hours");
        Add(Dimension.EnergyDim, 1e3m, "megawatt hour", "megawatthour", "megawatthours", "megawatt-hours");
        Add(Dimension.EnergyDim, 1e6m, "gigawatt hour", "gigawatthours");
        Add(Dimension.EnergyDim, Joules(1e18m), "exajoule", "EJ");
        Add(Dimension.EnergyDim, Joules(1e15m), "petajoule", "拍焦");
        Add(Dimension.EnergyDim, Joules(Btu), "British thermal unit (IT)", "BTU", "Btu(IT)");
        Add(Dimension.EnergyDim, Joules(Btu * 1e3m), "thousand Btu", "kBtu", "kBTU", "kbtu");
        Add(Dimension.EnergyDim, Joules(Btu * 1e6m), "million Btu", "mmBtu", "MMBTU", "mmbtu", "MMbtu", "mmBTU");
        Add(Dimension.EnergyDim, Joules(Btu * 1e9m), "billion Btu", "BBtu");

        // "MBtu" is a thousand Btu in US trade use (Roman M) and a million elsewhere: refused, naming both.
        AddAmbiguous("a thousand Btu (kBtu) or a million Btu (MMBtu)", ["kBtu", "MMBtu"], "MBtu", "MBTU");

        // The dekatherm is ten US therms (US gas tariffs: 1 Dth ≈ 1 MMBtu; exactly 1.054804 GJ on the US therm).
        Add(Dimension.EnergyDim, Joules(UsTherm * 10m), "dekatherm (US)", "Dth", "dth", "dekatherm", "dekatherms");

        // IEA: 1 toe = 41.868 GJ, so ktoe and Mtoe are exact multiples.
        Add(Dimension.EnergyDim, Joules(41.868e12m), "kilotonne of oil equivalent", "ktoe");
        Add(Dimension.EnergyDim, Joules(41.868e15m), "megatonne of oil equivalent", "Mtoe");

        // Coal equivalent (GB/T 2589): every case of "tce" that tables print, and the million tonne.
        Add(Dimension.EnergyDim, Joules(Kgce * 1e3m), "tonne of coal equivalent", "TCE", "Tce", "tCE", "吨标准煤当量");
        Add(Dimension.EnergyDim, Joules(Kgce * 1e6m), "kilotonne of coal equivalent", "ktce", "kTCE");
        Add(Dimension.EnergyDim, Joules(Kgce * 1e9m), "megatonne of coal equivalent", "Mtce", "MTCE");
        Add(Dimension.EnergyDim, Joules(Kgce), "kilogram of coal equivalent", "KGCE");

        // Kilocalorie and gigacalorie on the International Table calorie (GB/T 2589's calorie).
        Add(Dimension.EnergyDim, Joules(CalorieIt * 1e3m), "kilocalorie (IT)", "kcal", "千卡", "大卡");
        Add(Dimension.EnergyDim, Joules(CalorieIt * 1e6m), "megacalorie (IT)", "Mcal", "兆卡");
        Add(Dimension.EnergyDim, Joules(CalorieIt * 1e9m), "gigacalorie (IT)", "Gcal", "吉卡");
    }

    private static void AddPrintedMass()
    {
        Add(Dimension.MassDim, 1m, "kilogram", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes");
        Add(Dimension.MassDim, 1e3m, "tonne", "tonne", "tonnes", "metricton", "metrictons", "metrictonne", "metrictonnes", "t(metric)");
        AddRead(Dimension.MassDim, UnitScale.Of(1e3m), "tonne", MetricTonCaveat, "MT", "MTs");
        Add(Dimension.MassDim, 1e6m, "kilotonne", "kilotonne", "kilotonnes", "thousandtonnes");
        Add(Dimension.MassDim, 1e9m, "megatonne", "megatonne", "megatonnes", "MMT");
        Add(Dimension.MassDim, Pound, "pound", "lbs", "pound", "pounds");
        Add(Dimension.MassDim, Pound * 2000m, "short ton", "shortton", "shorttons", "short-tons", "shortton(US)");
        Add(Dimension.MassDim, LongTon, "long ton", "longton", "longtons", "long-ton", "long-tons", "ton(UK)");

        // "ton"/"tons": a metric ton in Chinese and Hong Kong reports' English, a short ton in US ones, a long ton in old UK ones.
        AddAmbiguous("metric tons (t, 1000 kg), short tons (907.18474 kg) or long tons (1016.0469088 kg)", ["t", "short ton", "long ton"], "ton", "tons", "Ton", "Tons");
    }

    /// <summary>
    /// Every CO2e spelling after every mass spelling: "tCO2e", "tonnes CO2-e", "metric tons of CO2 equivalent",
    /// "公吨二氧化碳当量" … (subscripts are folded before matching, so "tCO₂e" is "tCO2e").
    /// </summary>
    private static void AddPrintedCo2e()
    {
        (string Mass, decimal Kg, string Name)[] masses =
        [
            ("g", 1e-3m, "gram"), ("kg", 1m, "kilogram"), ("kgs", 1m, "kilogram"), ("千克", 1m, "kilogram"), ("公斤", 1m, "kilogram"),
            ("t", 1e3m, "tonne"), ("tonne", 1e3m, "tonne"), ("tonnes", 1e3m, "tonne"), ("metricton", 1e3m, "tonne"), ("metrictons", 1e3m, "tonne"),
            ("metrictonne", 1e3m, "tonne"), ("metrictonnes", 1e3m, "tonne"), ("吨", 1e3m, "tonne"), ("噸", 1e3m, "tonne"), ("公吨", 1e3m, "tonne"),
            ("公噸", 1e3m, "tonne"), ("kt", 1e6m, "kilotonne"), ("kilotonnes", 1e6m, "kilotonne"), ("Mt", 1e9m, "megatonne"), ("MMT", 1e9m, "megatonne"),
            ("megatonnes", 1e9m, "megatonne"), ("lb", Pound, "pound"), ("lbs", Pound, "pound"), ("pounds", Pound, "pound"),
            ("shortton", Pound * 2000m, "short ton"), ("shorttons", Pound * 2000m, "short ton"),
        ];
        string[] gases =
        [
            "CO2e", "CO2E", "CO2-e", "CO2eq", "CO2-eq", "CO2eq.", "CO2Eq", "CO2Eq.", "CO2-Eq.", "CO2equivalent", "CO2-equivalent", "CO2equivalents",
            "CO2", "二氧化碳当量", "二氧化碳當量", "二氧化碳",
        ];
        foreach (var (mass, kg, name) in masses)
        {
            var english = char.IsAsciiLetter(mass[0]) && mass.Length > 2;
            foreach (var gas in gases)
            {
                var chinese = !char.IsAsciiLetter(gas[0]);
                TryAddCo2e(mass + gas, kg, name);
                if (english && !chinese)
                {
                    TryAddCo2e(mass + "of" + gas, kg, name);
                }
            }
        }

        foreach (var gas in gases)
        {
            AddRead(Dimension.Co2eDim, UnitScale.Of(1e3m), "tonne of CO2e", MetricTonCaveat, "MT" + gas);
            AddAmbiguous("metric tons (tCO2e), short tons or long tons of CO2e", ["tCO2e", "short tons CO2e"], "ton" + gas, "tons" + gas, "tonsof" + gas);
        }

        void TryAddCo2e(string symbol, decimal kg, string name)
        {
            if (!Atoms.ContainsKey(symbol))
            {
                Add(Dimension.Co2eDim, kg, $"{name} of CO2e", symbol);
            }
        }
    }

    private static void AddPrintedVolume()
    {
        Add(Dimension.VolumeDim, 1m, "cubic metre", "cubicmetre", "cubicmetres", "cubicmeter", "cubicmeters", "cu.m.", "cu.m", "立方公尺");
        Add(Dimension.VolumeDim, 0.001m, "litre", "litre", "litres", "liter", "liters", "ltr");
        Add(Dimension.VolumeDim, 1m, "kilolitre", "kL", "kl", "kilolitre", "kilolitres", "kiloliter", "kiloliters", "千升", "公秉");
        Add(Dimension.VolumeDim, 1e3m, "megalitre", "ML", "Ml", "megalitre", "megalitres", "megaliter", "megaliters", "兆升");

        // Cubic feet: "scf" is a cubic foot of gas at standard conditions (as Nm³ is for the cubic metre);
        // M = thousand, MM = million in US gas statistics (EIA): 1 Mcf = 1,000 ft³, 1 Ccf = 100 ft³.
        Add(Dimension.VolumeDim, CubicFoot, "cubic foot", "ft³", "ft3", "ft^3", "cf", "cuft", "cu.ft.", "cubicfoot", "cubicfeet", "scf");
        Add(Dimension.VolumeDim, CubicFoot * 1e2m, "hundred cubic feet", "Ccf", "CCF", "ccf");
        Add(Dimension.VolumeDim, CubicFoot * 1e3m, "thousand cubic feet", "Mcf", "MCF", "mcf", "Mscf", "MSCF");
        Add(Dimension.VolumeDim, CubicFoot * 1e6m, "million cubic feet", "MMcf", "MMCF", "MMscf", "MMSCF");
        Add(Dimension.VolumeDim, CubicFoot * 1e9m, "billion cubic feet", "Bcf", "BCF");

        // Barrel (petroleum) = 42 US gallons = 0.158987294928 m³ exactly (API; NIST SP 811 B.8).
        Add(Dimension.VolumeDim, UsGallon * 42m, "barrel (42 US gallons)", "bbl", "bbls", "barrel", "barrels", "桶");
        Add(Dimension.VolumeDim, UsGallon, "US gallon", "USgal", "USgallon", "USgallons", "gallon(US)", "gallons(US)", "美制加仑");
        Add(Dimension.VolumeDim, ImperialGallon, "imperial gallon", "gal(imp)", "gal(UK)", "impgal", "imperialgallon", "imperialgallons",
            "UKgallon", "UKgallons", "gallon(imp)", "gallons(imp)", "英制加仑");

        // A bare gallon is a US gallon in US reports and an imperial one in UK reports (20 % apart): never guessed.
        AddAmbiguous("US gallons (3.785411784 L) or imperial gallons (4.54609 L)", ["US gal", "imp gal"], "gal", "gals", "gallon", "gallons", "加仑");
    }

    private static void AddPrintedDenominators()
    {
        Add(Dimension.AreaDim, 1m, "square metre", "sq.m.", "sq.m", "sqm", "sq.metre", "squaremetre", "squaremetres", "squaremeter", "squaremeters", "平方公尺");
        Add(Dimension.AreaDim, 0.09290304m, "square foot", "sq.ft.", "sq.ft", "sqft", "squarefoot", "squarefeet", "ft^2");

        // Persons: employees as tables head them, full-time equivalents, per-capita, 员工 / 僱員.
        Add(Dimension.PersonDim, 1m, "person", "employees", "Employee", "Employees", "FTE", "FTEs", "capita", "people", "headcount",
            "员工", "員工", "雇员", "僱員", "名员工", "名員工", "名雇员", "名僱員", "位员工", "位員工");
    }

    /// <summary>Currencies with the scale tables print after them: "RMB million", "RMB'000", "HK$ million", "USD bn".</summary>
    private static void AddPrintedMoney()
    {
        (string Code, string[] Spellings)[] currencies =
        [
            ("CNY", ["CNY", "RMB", "人民币", "人民幣", "Rmb"]),
            ("HKD", ["HKD", "HK$", "港币", "港幣"]),
            ("USD", ["USD", "US$", "美金"]),
            ("EUR", ["EUR", "€"]),
            ("GBP", ["GBP", "£"]),
        ];
        (string Suffix, decimal Factor, string Name)[] scales =
        [
            ("'000", 1e3m, "thousand"), ("thousand", 1e3m, "thousand"), ("k", 1e3m, "thousand"),
            ("million", 1e6m, "million"), ("mn", 1e6m, "million"), ("m", 1e6m, "million"), ("MM", 1e6m, "million"),
            ("billion", 1e9m, "billion"), ("bn", 1e9m, "billion"),
        ];
        foreach (var (code, spellings) in currencies)
        {
            var currency = Atoms[code];
            foreach (var spelling in spellings.Where(s => !Atoms.ContainsKey(s)))
            {
                Add(currency.Dimension, 1m, currency.Name, spelling);
            }

            foreach (var spelling in spellings)
            {
                foreach (var (suffix, factor, name) in scales)
                {
                    Add(currency.Dimension, factor, $"{name} {currency.Name}", spelling + suffix);
                }
            }
        }
    }

    /// <summary>
    /// Fuel energies with their calorific basis as UK DESNZ prints them ("kWh (Gross CV)", "kWh (Net CV)"), and the
    /// GCV/NCV and HHV/LHV abbreviations, on the energy units fuel tables use.
    /// </summary>
    private static void AddCalorificBases()
    {
        (string Marker, CalorificBasis Basis)[] markers =
        [
            ("(GrossCV)", CalorificBasis.Gross), ("(gross)", CalorificBasis.Gross), ("(GCV)", CalorificBasis.Gross), ("(HHV)", CalorificBasis.Gross),
            ("(NetCV)", CalorificBasis.Net), ("(net)", CalorificBasis.Net), ("(NCV)", CalorificBasis.Net), ("(LHV)", CalorificBasis.Net),
        ];
        foreach (var symbol in new[] { "kWh", "MWh", "GWh", "MJ", "GJ", "TJ", "Btu", "MMBtu", "therm(EC)", "therm(US)" })
        {
            var energy = Atoms[symbol];
            foreach (var (marker, basis) in markers)
            {
                var spelled = symbol + marker;
                var name = $"{energy.Name}, {(basis == CalorificBasis.Gross ? "gross" : "net")} calorific value";
                Atoms.Add(spelled, new Unit(spelled, energy.Dimension, energy.Scale, name, basis: basis));
            }
        }
    }

    private static void AddAmbiguous(string readings, string[] choices, params string[] symbols)
    {
        foreach (var symbol in symbols)
        {
            AmbiguousAtoms.Add(symbol, new AmbiguousSpelling(symbol, readings, choices));
        }
    }
}

/// <summary>A printed spelling with more than one reading: refused with the readings to choose from.</summary>
internal sealed record AmbiguousSpelling(string Symbol, string Readings, IReadOnlyList<string> Choices)
{
    internal QuantityException Refusal(string within) => new(QuantityError.UnknownUnit,
        $"'{Symbol}'{(within == Symbol ? "" : $" in '{within}'")} has more than one reading: {Readings}",
        $"the reading the report means, written out: {string.Join(", ", Choices.Select(c => $"'{c}'"))}",
        Choices);
}
