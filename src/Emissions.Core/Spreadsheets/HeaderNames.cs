using System.Text.RegularExpressions;

namespace Emissions.Spreadsheets;

/// <summary>
/// Header cells in English or Chinese (simplified or traditional) and the unit or scale a header
/// carries in brackets: "数值（万吨）", "Value ('000 kWh)", "Electricity (MWh)".
/// </summary>
internal static partial class HeaderNames
{
    private static readonly Dictionary<string, FigureColumn> Names = Build();

    /// <summary>Scale words that multiply the unit of each row ("'000" + "kWh" = "'000 kWh"; "万" + "吨" = "万吨").</summary>
    private static readonly HashSet<string> ScaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "'000", "’000", "thousand", "thousands", "million", "millions", "billion", "k", "千", "千个", "万", "萬", "百万", "百萬", "亿", "億",
    };

    public static IEnumerable<string> Known(FigureColumn column) => Names.Where(n => n.Value == column).Select(n => n.Key);

    /// <summary>The column a header names and the unit or scale in its brackets, if any.</summary>
    public static (FigureColumn? Column, string? Unit) Read(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var text = header.Trim();
        string? unit = null;
        var match = Bracketed().Match(text);
        if (match.Success)
        {
            text = match.Groups["name"].Value;
            unit = match.Groups["unit"].Value.Trim();
        }

        var key = Normalise(text);
        return (Names.TryGetValue(key, out var column) ? column : null, unit is { Length: > 0 } ? unit : null);
    }

    public static bool IsScaleWord(string unit) => ScaleWords.Contains(unit.Trim());

    /// <summary>A header's scale word put before a row's unit: "'000" and "kWh" → "'000 kWh"; "万" and "吨" → "万吨".</summary>
    public static string Scaled(string scale, string unit) =>
        scale.Any(c => c > 0x2E80) && unit.Length > 0 && unit[0] > 0x2E80 ? scale + unit : scale + " " + unit;

    private static string Normalise(string text) =>
        string.Join(' ', text.Trim().TrimEnd(':', '：').ToLowerInvariant().Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?<name>.*?)\s*[（(]\s*(?<unit>[^（）()]+?)\s*[)）]\s*$")]
    private static partial Regex Bracketed();

    private static Dictionary<string, FigureColumn> Build()
    {
        var names = new Dictionary<string, FigureColumn>(StringComparer.Ordinal);
        void Add(FigureColumn column, params string[] words)
        {
            foreach (var word in words)
            {
                names[Normalise(word)] = column;
            }
        }

        Add(FigureColumn.Id, "id", "figure id", "编号", "編號", "代码", "代碼", "标识", "標識");
        Add(FigureColumn.Metric, "metric", "metric id", "catalogue metric", "指标", "指標", "指标代码", "指標代碼");
        Add(FigureColumn.Value, "value", "printed value", "amount", "reported", "数值", "數值", "数据", "數據", "数量", "數量", "值", "披露值");
        Add(FigureColumn.Unit, "unit", "units", "单位", "單位");
        Add(FigureColumn.Qualifier, "qualifier", "限定", "限定词", "限定詞", "修饰", "修飾");
        Add(FigureColumn.Period, "period", "year", "期间", "期間", "年度", "年份");
        Add(FigureColumn.Site, "site", "facility", "场所", "場所", "站点", "站點", "地点", "地點");
        Add(FigureColumn.Label, "label", "item", "name", "description", "indicator", "标签", "標籤", "项目", "項目", "名称", "名稱", "指标名称", "指標名稱", "说明", "說明");
        Add(FigureColumn.Formula, "formula", "公式");
        return names;
    }
}
