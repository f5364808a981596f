using Emissions.Quantities;

namespace Emissions.Metrics;

/// <summary>
/// The one metric catalogue (CONTRACT.md ids plus extensions). Intensities
/// (<c>&lt;id&gt;.per-employee</c>, <c>.per-revenue</c>, <c>.per-floor-area</c>) are derived from their
/// base metric and denominator, not listed one by one.
/// </summary>
public static class MetricCatalog
{
    private static readonly Dictionary<string, MetricDefinition> Base = new(StringComparer.Ordinal);

    // Intensities are derived once: deriving parses the relation's formula.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, Denominator), MetricDefinition> Derived = new();

    // Intensity ids found before, by their full id: every check request looks up its figures' metrics, and an
    // intensity would otherwise cost a suffix match, a substring and a second lookup each time. Only ids
    // that exist are kept, so unknown ids in requests cannot grow it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MetricDefinition> DerivedById = new(StringComparer.Ordinal);

    // Ordered on first use: a static initializer would run before the constructor has added the metrics.
    private static readonly Lazy<List<MetricDefinition>> Ordered = new(OrderDefinitions);

    static MetricCatalog()
    {
        Add("org.headcount", "person", "employees", "员工总数", "員工總數", ["HKEX B1.1", "GRI 2-7"]);
        Add("org.revenue", "CNY", "revenue", "营业收入", "營業收入", ["GRI 201-1"]);
        Add("org.floor-area", "m²", "floor area", "建筑面积", "建築面積", []);

        Add("energy.total", "MWh", "total energy consumed", "综合能源消耗量", "綜合能源消耗量", ["HKEX A2.1", "GRI 302-1"],
            perEmployee: "MWh/person", formulas: ["energy.direct + energy.indirect"]);
        Add("energy.direct", "MWh", "direct energy (fuels combusted)", "直接能源消耗量", "直接能源消耗量", ["HKEX A2.1", "GRI 302-1"],
            perEmployee: "MWh/person");
        Add("energy.indirect", "MWh", "indirect energy (purchased)", "间接能源消耗量", "間接能源消耗量", ["HKEX A2.1", "GRI 302-1"],
            perEmployee: "MWh/person", formulas: ["energy.electricity + energy.heat"]);
        Add("energy.electricity", "MWh", "purchased electricity", "外购电力", "外購電力", ["HKEX A2.1", "GRI 302-1"], perEmployee: "MWh/person");
        Add("energy.heat", "GJ", "purchased heat", "外购热力", "外購熱力", ["HKEX A2.1", "GRI 302-1"]);
        Add("energy.renewable", "MWh", "renewable electricity used", "可再生能源电力", "可再生能源電力", ["GRI 302-1"]);

        // A share is a pure number: "94.8 %" and "0.948" are the same figure (ISO 80000-1); % is how reports print it.
        Add("energy.renewable.share", "%", "share of renewable electricity in electricity used", "可再生能源电力占比", "可再生能源電力佔比", [],
            formulas: ["energy.renewable / energy.electricity"]);
        Add("energy.standard-coal", "tce", "total energy in standard coal (GB/T 2589)", "综合能耗（标准煤）", "綜合能耗（標準煤）", ["GB/T 2589"],
            perEmployee: "tce/person");

        AddFuel("fuel.natural-gas", "m³", "natural gas", "天然气消耗量", "天然氣消耗量");
        AddFuel("fuel.diesel", "t", "diesel", "柴油使用量", "柴油使用量");
        AddFuel("fuel.gasoline", "t", "gasoline", "汽油使用量", "汽油使用量");
        AddFuel("fuel.lpg", "t", "liquefied petroleum gas", "液化石油气使用量", "液化石油氣使用量");
        AddFuel("fuel.coal", "t", "coal", "煤炭使用量", "煤炭使用量");

        Add("ghg.scope1", "tCO2e", "scope 1 (direct) emissions", "范围一温室气体排放", "範圍一溫室氣體排放", ["HKEX A1.2", "GRI 305-1"],
            perEmployee: "tCO2e/person");
        Add("ghg.scope2", "tCO2e", "scope 2 emissions, location-based", "范围二温室气体排放", "範圍二溫室氣體排放", ["HKEX A1.2", "GRI 305-2"],
            perEmployee: "tCO2e/person");
        Add("ghg.scope2.market", "tCO2e", "scope 2 emissions, market-based", "范围二温室气体排放（市场法）", "範圍二溫室氣體排放（市場法）", ["GRI 305-2"],
            perEmployee: "tCO2e/person");
        Add("ghg.total", "tCO2e", "total GHG emissions (scope 1 + 2, location-based)", "温室气体排放总量", "溫室氣體排放總量", ["HKEX A1.2", "GRI 305-1", "GRI 305-2", "GRI 305-4"],
            perEmployee: "tCO2e/person", formulas: ["ghg.scope1 + ghg.scope2"]);
        // Scope 3 (GHG Protocol Corporate Value Chain Standard, 2011): the total and its 15 categories, so a printed
        // 范围三 figure can be checked against the categories a report prints beside it.
        Add("ghg.scope3", "tCO2e", "scope 3 (other indirect) emissions", "范围三温室气体排放", "範圍三溫室氣體排放", ["GRI 305-3"],
            perEmployee: "tCO2e/person", formulas: ["ghg.scope3.purchased-goods + ghg.scope3.capital-goods + ghg.scope3.fuel-and-energy + ghg.scope3.upstream-transport + ghg.scope3.waste + ghg.scope3.business-travel + ghg.scope3.employee-commuting + ghg.scope3.upstream-leased-assets + ghg.scope3.downstream-transport + ghg.scope3.processing-of-sold-products + ghg.scope3.use-of-sold-products + ghg.scope3.end-of-life + ghg.scope3.downstream-leased-assets + ghg.scope3.franchises + ghg.scope3.investments"]);
        Add("ghg.scope3.purchased-goods", "tCO2e", "scope 3 category 1: purchased goods and services", "范围三类别1：外购商品和服务", "範圍三類別1：外購商品和服務", ["GRI 305-3"]);
        Add("ghg.scope3.capital-goods", "tCO2e", "scope 3 category 2: capital goods", "范围三类别2：资本货物", "範圍三類別2：資本貨物", ["GRI 305-3"]);
        Add("ghg.scope3.fuel-and-energy", "tCO2e", "scope 3 category 3: fuel- and energy-related activities", "范围三类别3：燃料和能源相关活动", "範圍三類別3：燃料和能源相關活動", ["GRI 305-3"]);
        Add("ghg.scope3.upstream-transport", "tCO2e", "scope 3 category 4: upstream transportation and distribution", "范围三类别4：上游运输和配送", "範圍三類別4：上游運輸和配送", ["GRI 305-3"]);
        Add("ghg.scope3.waste", "tCO2e", "scope 3 category 5: waste generated in operations", "范围三类别5：运营中产生的废弃物", "範圍三類別5：營運中產生的廢棄物", ["GRI 305-3"]);
        Add("ghg.scope3.business-travel", "tCO2e", "scope 3 category 6: business travel", "范围三类别6：商务差旅", "範圍三類別6：商務差旅", ["GRI 305-3"]);
        Add("ghg.scope3.employee-commuting", "tCO2e", "scope 3 category 7: employee commuting", "范围三类别7：员工通勤", "範圍三類別7：員工通勤", ["GRI 305-3"]);
        Add("ghg.scope3.upstream-leased-assets", "tCO2e", "scope 3 category 8: upstream leased assets", "范围三类别8：上游租赁资产", "範圍三類別8：上游租賃資產", ["GRI 305-3"]);
        Add("ghg.scope3.downstream-transport", "tCO2e", "scope 3 category 9: downstream transportation and distribution", "范围三类别9：下游运输和配送", "範圍三類別9：下游運輸和配送", ["GRI 305-3"]);
        Add("ghg.scope3.processing-of-sold-products", "tCO2e", "scope 3 category 10: processing of sold products", "范围三类别10：售出产品的加工", "範圍三類別10：售出產品的加工", ["GRI 305-3"]);
        Add("ghg.scope3.use-of-sold-products", "tCO2e", "scope 3 category 11: use of sold products", "范围三类别11：售出产品的使用", "範圍三類別11：售出產品的使用", ["GRI 305-3"]);
        Add("ghg.scope3.end-of-life", "tCO2e", "scope 3 category 12: end-of-life treatment of sold products", "范围三类别12：售出产品的报废处理", "範圍三類別12：售出產品的報廢處理", ["GRI 305-3"]);
        Add("ghg.scope3.downstream-leased-assets", "tCO2e", "scope 3 category 13: downstream leased assets", "范围三类别13：下游租赁资产", "範圍三類別13：下游租賃資產", ["GRI 305-3"]);
        Add("ghg.scope3.franchises", "tCO2e", "scope 3 category 14: franchises", "范围三类别14：特许经营", "範圍三類別14：特許經營", ["GRI 305-3"]);
        Add("ghg.scope3.investments", "tCO2e", "scope 3 category 15: investments", "范围三类别15：投资", "範圍三類別15：投資", ["GRI 305-3"]);
        Add("ghg.avoided", "tCO2e", "emissions avoided by a measure (a claim)", "减少的二氧化碳排放", "減少的二氧化碳排放", ["HKEX A1.5", "GRI 305-5"]);

        Add("waste.hazardous", "t", "hazardous waste", "有害废弃物", "有害廢棄物", ["HKEX A1.3", "GRI 306-3"], perEmployee: "kg/person");
        Add("waste.non-hazardous", "t", "non-hazardous waste", "无害废弃物", "無害廢棄物", ["HKEX A1.4", "GRI 306-3"], perEmployee: "kg/person");
        Add("waste.total", "t", "total waste", "废弃物总量", "廢棄物總量", ["GRI 306-3"], perEmployee: "kg/person",
            formulas: ["waste.hazardous + waste.non-hazardous"]);

        Add("water.withdrawal", "m³", "fresh water used", "新鲜水使用量", "新鮮水使用量", ["HKEX A2.2", "GRI 303-3", "GRI 303-5"], perEmployee: "m³/person");
        Add("water.discharge", "m³", "waste water discharged", "废水排放量", "廢水排放量", ["HKEX A1.1", "GRI 303-4"], perEmployee: "m³/person");
        Add("water.consumption", "m³", "water consumed (withdrawn less discharged)", "耗水量", "耗水量", ["GRI 303-5"], perEmployee: "m³/person",
            formulas: ["water.withdrawal - water.discharge"]);

        Add("dc.energy.facility", "MWh", "data-center total facility energy", "数据中心总能耗", "數據中心總能耗", ["ISO/IEC 30134-2"]);
        Add("dc.energy.it", "MWh", "data-center IT equipment energy", "IT设备能耗", "IT設備能耗", ["ISO/IEC 30134-2"]);
        Add("dc.energy.cooling", "MWh", "cooling energy", "制冷能耗", "製冷能耗", []);
        Add("dc.energy.power-loss", "MWh", "power-distribution losses", "配电损耗", "配電損耗", []);
        Add("dc.energy.other", "MWh", "other facility loads (lighting, offices, auxiliaries)", "其他能耗", "其他能耗", [],
            formulas: ["dc.energy.facility - dc.energy.it - dc.energy.cooling - dc.energy.power-loss"]);
        Add("dc.energy.renewable", "MWh", "renewable energy used by the data center", "数据中心可再生能源", "數據中心可再生能源", ["ISO/IEC 30134-3"]);
        Add("dc.energy.reused", "MWh", "energy reused outside the data center", "数据中心余热回收", "數據中心餘熱回收", ["ISO/IEC 30134-6"]);
        Add("dc.energy.saved", "MWh", "energy saved by a measure (a claim)", "节电量", "節電量", ["HKEX A2.3", "GRI 302-4"]);
        Add("dc.water", "m³", "data-center site water", "数据中心用水量", "數據中心用水量", ["ISO/IEC 30134-9"]);
        Add("dc.ghg", "tCO2e", "data-center emissions (location-based, renewable at zero)", "数据中心碳排放", "數據中心碳排放", ["ISO/IEC 30134-8"]);
        Add("dc.pue", "", "power usage effectiveness", "电能利用效率", "電能使用效率", ["ISO/IEC 30134-2", "GB 40879", "HKEX A2.3"],
            formulas: ["dc.energy.facility / dc.energy.it", "1 + dc.clf + dc.plf + dc.olf"], atLeast: ["1 + dc.clf + dc.plf"]);
        Add("dc.clf", "", "cooling load factor", "制冷负荷系数", "製冷負荷系數", [], formulas: ["dc.energy.cooling / dc.energy.it"]);
        Add("dc.plf", "", "power load factor", "电气损耗因子", "電氣損耗因子", [], formulas: ["dc.energy.power-loss / dc.energy.it"]);
        Add("dc.olf", "", "other load factor", "其他负荷系数", "其他負荷系數", [], formulas: ["dc.energy.other / dc.energy.it"]);
        Add("dc.wue", "L/kWh", "water usage effectiveness", "水利用效率", "水利用效率", ["ISO/IEC 30134-9"], formulas: ["dc.water / dc.energy.it"]);
        Add("dc.cue", "kgCO2e/kWh", "carbon usage effectiveness", "碳利用效率", "碳利用效率", ["ISO/IEC 30134-8"], formulas: ["dc.ghg / dc.energy.it"]);
        Add("dc.ref", "", "renewable energy factor", "可再生能源利用率", "可再生能源利用率", ["ISO/IEC 30134-3"],
            formulas: ["dc.energy.renewable / dc.energy.facility"]);
        Add("dc.erf", "", "energy reuse factor", "能源再利用系数", "能源再利用係數", ["ISO/IEC 30134-6"],
            formulas: ["dc.energy.reused / dc.energy.facility"]);
        Add("dc.dcie", "", "data-center infrastructure efficiency (IT share of facility energy, 1 / PUE)", "数据中心基础设施效率", "數據中心基礎設施效率",
            ["The Green Grid DCiE"], formulas: ["dc.energy.it / dc.energy.facility", "1 / dc.pue"]);

        Add("equiv.forest-mu-days", "mu·day", "mu-days of forest absorption equal to an amount of CO2", "树林吸收当量（亩·天）", "樹林吸收當量（畝·天）", [],
            formulas: ["ghg.avoided / @absorption-rate[forest]"]);
    }

    /// <summary>
    /// Every base metric that has a definition, each after the metrics its definition refers to (a topological order;
    /// ties in catalogue order). Intensities are not in it: they divide a figure by a denominator, after every figure.
    /// </summary>
    public static IReadOnlyList<MetricDefinition> DefinitionOrder => Ordered.Value;

    /// <summary>The base metrics (intensities are derived on demand by <see cref="Find"/>).</summary>
    public static IReadOnlyCollection<MetricDefinition> All => Base.Values;

    /// <summary>Every id including every intensity a base metric has.</summary>
    public static IEnumerable<MetricDefinition> AllWithIntensities() =>
        Base.Values.Concat(Base.Values.Where(m => m.PerEmployeeUnit is not null)
            .SelectMany(m => Denominator.All.Select(d => Derive(m, d))));

    /// <summary>Finds a metric by id, base metrics and their derived intensities (<c>ghg.total.per-employee</c>) alike.</summary>
    /// <param name="id">The metric id.</param>
    /// <param name="definition">The definition, when found.</param>
    /// <returns>Whether the catalogue has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static bool TryFind(string id, out MetricDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Base.TryGetValue(id, out definition!) || DerivedById.TryGetValue(id, out definition!))
        {
            return true;
        }

        foreach (var denominator in Denominator.All)
        {
            var suffix = "." + denominator.Suffix;
            if (id.EndsWith(suffix, StringComparison.Ordinal) && Base.TryGetValue(id[..^suffix.Length], out var baseMetric) && baseMetric.PerEmployeeUnit is not null)
            {
                definition = Derive(baseMetric, denominator);
                DerivedById.TryAdd(id, definition);
                return true;
            }
        }

        definition = null!;
        return false;
    }

    /// <summary>The metric with this id.</summary>
    /// <param name="id">The metric id.</param>
    /// <exception cref="KeyNotFoundException">The catalogue has no such id; the message names the three nearest.</exception>
    public static MetricDefinition Find(string id) =>
        TryFind(id, out var definition)
            ? definition
            : throw new KeyNotFoundException($"unknown metric '{id}'; nearest: {string.Join(", ", Nearest(id))}");

    /// <summary>The three catalogue ids nearest to <paramref name="id"/> by edit distance, for "did you mean" messages.</summary>
    /// <param name="id">A metric id, perhaps misspelt.</param>
    public static IReadOnlyList<string> Nearest(string id) =>
        [.. AllWithIntensities().Select(m => m.Id).OrderBy(k => Emissions.Quantities.EditDistance.Between(id, k)).Take(3)];

    /// <summary>Every relation whose left side is <paramref name="metricId"/>.</summary>
    public static IReadOnlyList<Relation> RelationsFor(string metricId) => TryFind(metricId, out var m) ? m.Relations : [];

    private static List<MetricDefinition> OrderDefinitions()
    {
        var order = new List<MetricDefinition>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var metric in Base.Values)
        {
            Visit(metric);
        }

        return order;

        void Visit(MetricDefinition metric)
        {
            if (state.TryGetValue(metric.Id, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"the catalogue's definitions are circular at {metric.Id}");
                }

                return;
            }

            state[metric.Id] = false;
            foreach (var name in metric.Definition?.Formula.References() ?? [])
            {
                if (Base.TryGetValue(name, out var reference))
                {
                    Visit(reference);
                }
            }

            state[metric.Id] = true;
            if (metric.Definition is not null)
            {
                order.Add(metric);
            }
        }
    }

    private static MetricDefinition Derive(MetricDefinition baseMetric, Denominator denominator) =>
        Derived.GetOrAdd((baseMetric.Id, denominator), key => BuildDerived(Base[key.Item1], key.Item2));

    private static MetricDefinition BuildDerived(MetricDefinition baseMetric, Denominator denominator)
    {
        var id = $"{baseMetric.Id}.{denominator.Suffix}";
        var unit = denominator == Denominator.PerEmployee
            ? baseMetric.PerEmployeeUnit!
            : denominator == Denominator.PerRevenue
                ? baseMetric.CanonicalUnit / Unit.Parse("万元")
                : baseMetric.CanonicalUnit / Unit.Parse("m²");
        return new MetricDefinition(
            id,
            unit,
            $"{baseMetric.NameEn} {denominator.NameEn}",
            $"{denominator.NameZhHans}{baseMetric.NameZhHans}",
            $"{denominator.NameZhHant}{baseMetric.NameZhHant}",
            baseMetric.DisclosureCodes,
            [Relation.Parse(id, $"{baseMetric.Id} / {denominator.Metric}")])
        {
            Denominator = denominator,
            BaseMetric = baseMetric.Id,
        };
    }

    private static void AddFuel(string id, string unit, string en, string hans, string hant) =>
        Add(id, unit, en, hans, hant, ["HKEX A2.1", "GRI 302-1"], alternatives: [Dimension.MassDim, Dimension.VolumeDim, Dimension.EnergyDim]);

    private static void Add(
        string id, string unit, string en, string hans, string hant, string[] codes,
        string? perEmployee = null, string[]? formulas = null, string[]? atLeast = null, Dimension[]? alternatives = null)
    {
        var relations = new List<Relation>();
        relations.AddRange((formulas ?? []).Select(f => Relation.Parse(id, f)));
        relations.AddRange((atLeast ?? []).Select(f => Relation.Parse(id, f, RelationKind.AtLeast)));
        Base.Add(id, new MetricDefinition(id, Unit.Parse(unit), en, hans, hant, codes, relations)
        {
            PerEmployeeUnit = perEmployee is null ? null : Unit.Parse(perEmployee),
            AlternativeKinds = alternatives ?? [],
        });
    }
}
