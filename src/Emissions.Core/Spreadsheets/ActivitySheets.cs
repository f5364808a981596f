using Emissions.Inventory;

namespace Emissions.Spreadsheets;

/// <summary>
/// The activity workbook's layout, shared by the template writer and the reader: an Inventory sheet of settings, one
/// sheet per input kind of the CONTRACT "Calculate" request, and the lists the drop-downs offer. Headers and sheet
/// names are matched in English or Chinese, ignoring case, spaces, '-' and '_' (and either side of "English / 中文").
/// </summary>
internal static class ActivitySheets
{
    public const string InventorySheet = "Inventory";
    public const string ListsSheet = "Lists";

    /// <summary>Lists the drop-downs draw on (the factor sets are the caller's, so they are passed in).</summary>
    public const string Fuels = "fuels";
    public const string Regions = "regions";
    public const string WasteCategories = "waste";
    public const string FactorSets = "factorSets";
    public const string Metrics = "metrics";
    public const string HeadcountBases = "headcountBasis";
    public const string WaterFlows = "waterFlow";
    public const string YesNo = "yesNo";

    public static readonly IReadOnlyList<string> Flows = ["withdrawal", "discharge"];

    private static readonly string[] InventoryAliases = ["inventory", "settings", "organisation", "organization", "概况", "概況", "基本信息"];

    /// <summary>Sheets a reader passes over: the template's lists and notes.</summary>
    private static readonly string[] Ignored = [ListsSheet, "列表", "read me", "readme", "说明", "說明", "notes", "备注", "備註"];

    public static IReadOnlyList<ActivitySetting> Settings { get; } =
    [
        new("organization", "机构", ActivityCell.Text, "the organisation, as it names itself", ["organisation", "company", "機構", "公司"]),
        new("period", "报告期", ActivityCell.Text, "the reporting year, e.g. 2020", ["year", "reporting period", "報告期", "年度"]),
        new("factorSet", "因子集", ActivityCell.Text, "the factor set, e.g. cn-2020 (blank: the default for the region and year)", ["factor set", "因子"], FactorSets),
        new("region", "地区", ActivityCell.Text, "where fuels and heat are accounted, e.g. CN (blank: the first electricity line's country)", ["地區", "country"], Regions),
        new("gwp", "全球变暖潜势", ActivityCell.Text, "the GWP edition, e.g. AR5 (blank: the set's)", ["全球變暖潛勢"]),
        new("headcount", "员工人数", ActivityCell.Amount, "employees, e.g. 21,499", ["employees", "員工人數", "人数", "人數"]),
        new("headcountBasis", "人数口径", ActivityCell.Text, "year-end or average", ["headcount basis", "人數口徑"], HeadcountBases),
        new("revenue", "营业收入", ActivityCell.Amount, "revenue with its currency, e.g. 587.76 亿元", ["營業收入", "收入"]),
        new("floorArea", "建筑面积", ActivityCell.Amount, "floor area, e.g. 36,861 m²", ["floor area", "建築面積"]),
    ];

    private static ActivityColumn Amount(string field = "amount", string english = "Amount", string chinese = "数量", string unitField = "unit", params string[] aliases) =>
        new(field, english, chinese, ActivityCell.Amount, [.. aliases, "value", "数值", "數值", "用量", "消耗量", "數量"], null, unitField);

    private static readonly ActivityColumn UnitColumn = new("unit", "Unit", "单位", ActivityCell.Unit, ["units", "單位"]);
    private static readonly ActivityColumn Site = new("site", "Site", "场所", ActivityCell.Text, ["facility", "場所", "地点", "地點"]);
    private static readonly ActivityColumn Label = new("label", "Label", "项目", ActivityCell.Text, ["item", "name", "description", "項目", "名称", "名稱", "说明", "說明"]);
    private static readonly ActivityColumn Note = new("note", "Note", "备注", ActivityCell.Text, ["notes", "comment", "備註"]);

    private static ActivityColumn Region(bool required = false) =>
        new("region", required ? "Grid region" : "Region", required ? "电网区域" : "地区", ActivityCell.Text, ["region", "grid", "地区", "地區", "电网", "電網", "電網區域"], Regions);

    private static ActivityColumn Energy(string field, string english, string chinese, params string[] aliases) =>
        new(field, english, chinese, ActivityCell.Amount, aliases);

    public static IReadOnlyList<ActivitySheet> Sheets { get; } =
    [
        new("Fuels", "燃料", "fuels",
            [new("fuel", "Fuel", "燃料", ActivityCell.Text, ["燃料种类", "燃料種類", "能源"], Fuels), Amount(), UnitColumn, Site, Region(), Label, Note],
            ["fuel", "燃料消耗", "化石燃料"]),
        new("Electricity", "电力", "electricity",
            [Amount(), UnitColumn, Region(required: true), Energy("renewable", "Renewable", "可再生电力", "可再生電力", "green power", "绿电", "綠電"), Site, Label, Note],
            ["外购电力", "外購電力", "電力", "power"]),
        new("Heat", "热力", "heat", [Amount(), UnitColumn, Site, Label, Note], ["外购热力", "外購熱力", "熱力", "steam", "蒸汽"]),
        new("Refrigerants", "制冷剂", "refrigerants",
            [new("gas", "Gas", "制冷剂", ActivityCell.Text, ["refrigerant", "製冷劑", "气体", "氣體"]),
             Amount("released", "Released", "逸散量", "unit", "amount", "leaked", "泄漏量", "洩漏量", "补充量", "補充量"), UnitColumn, Label, Note],
            ["refrigerant", "製冷劑", "逸散"]),
        new("Waste", "废弃物", "waste",
            [new("category", "Category", "类别", ActivityCell.Text, ["類別", "废弃物类别", "廢棄物類別", "type"], WasteCategories), Amount(), UnitColumn, Label, Note],
            ["廢棄物", "废物", "廢物"]),
        new("Water", "水", "water",
            [new("flow", "Flow", "取水或排水", ActivityCell.Text, ["kind", "type", "类别", "類別", "取水/排水"], WaterFlows), Amount(), UnitColumn, Label, Note],
            ["用水", "水资源", "水資源"], KeyField: "flow"),
        new("DataCenters", "数据中心", "dataCenters",
            [new("id", "Id", "编号", ActivityCell.Text, ["data center", "name", "編號", "名称", "名稱"]),
             Region(),
             Energy("facility", "Facility energy", "总能耗", "facility", "總能耗", "设施能耗", "設施能耗"),
             Energy("it", "IT energy", "IT能耗", "it", "it设备能耗", "IT設備能耗"),
             Energy("cooling", "Cooling", "制冷能耗", "製冷能耗"),
             Energy("powerLoss", "Power loss", "供配电损耗", "power loss", "供配電損耗"),
             Energy("renewable", "Renewable", "可再生电力", "可再生電力"),
             Energy("reused", "Reused energy", "余热回收", "reused", "餘熱回收"),
             UnitColumn,
             new("water", "Water", "用水量", ActivityCell.Amount, ["用水"], null, "waterUnit"),
             new("waterUnit", "Water unit", "用水单位", ActivityCell.Unit, ["用水單位"]),
             new("purchasedElectricity", "Purchased electricity", "计入外购电力", ActivityCell.Flag, ["purchased", "計入外購電力"], YesNo),
             Label, Note],
            ["data centers", "data centres", "datacentres", "數據中心", "机房", "機房", "idc"]),
        new("Totals", "合计", "totals",
            [new("metric", "Metric", "指标", ActivityCell.Text, ["指標", "metric id"], Metrics), Amount("value", "Value", "数值", "unit", "amount", "total"), UnitColumn, Label, Note],
            ["printed totals", "合計", "小计", "小計", "披露合计"], KeyField: "metric"),
        new("Overrides", "因子覆盖", "overrides",
            [new("factor", "Factor", "因子", ActivityCell.Text, ["factor id", "因子编号", "因子編號"]), Amount("value", "Value", "数值"), UnitColumn, Label, Note],
            ["因子覆蓋", "override"]),
    ];

    /// <summary>The list a drop-down offers: the values an input may hold (codes, which the reader also accepts as printed names).</summary>
    public static IReadOnlyList<string> ListValues(string list, IReadOnlyList<string> factorSets) => list switch
    {
        Fuels => InventoryReader.Fuels,
        Regions => Factors.Regions.Known,
        WasteCategories => InventoryReader.WasteCategories,
        FactorSets => factorSets,
        Metrics => [.. Emissions.Metrics.MetricCatalog.DefinitionOrder.Select(m => m.Id)],
        HeadcountBases => ["year-end", "average"],
        WaterFlows => Flows,
        YesNo => ["yes", "no"],
        _ => [],
    };

    public static IReadOnlyList<string> ListNames { get; } = [Fuels, Regions, WasteCategories, FactorSets, Metrics, HeadcountBases, WaterFlows, YesNo];

    public static bool IsInventory(string sheetName) => InventoryAliases.Prepend(InventorySheet).Any(n => Same(n, sheetName));

    public static bool IsIgnored(string sheetName) => Ignored.Any(n => Same(n, sheetName));

    public static ActivitySheet? Find(string sheetName) => Sheets.FirstOrDefault(s => s.Names.Any(n => Same(n, sheetName)));

    public static ActivityColumn? Column(ActivitySheet sheet, string header)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return sheet.Columns.FirstOrDefault(c => Matches(c.Names, header));
    }

    public static ActivitySetting? Setting(string name) => Settings.FirstOrDefault(s => Matches(s.Names, name));

    /// <summary>A header or name matches when it, or either side of its " / ", is one of the names.</summary>
    public static bool Matches(IEnumerable<string> names, string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var sides = written.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Any(n => Same(n, written) || sides.Any(side => Same(n, side)));
    }

    public static bool Same(string a, string b) => Key(a) == Key(b);

    private static string Key(string text) =>
        new([.. text.Trim().TrimEnd(':', '：').ToLowerInvariant().Where(c => c is not (' ' or '-' or '_' or '\u3000' or '\uFEFF'))]);
}
