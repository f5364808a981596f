using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>
/// Fuels, regions, waste categories and refrigerants as reports and spreadsheets name them — Chinese (简体 and 繁體),
/// English words, any case — read to the one code the factor data uses ("柴油" and "Diesel" are diesel, "华北" and
/// "cn-north" are CN-North, "危险废物" is hazardous, "R410A" is R-410A). A miss names the nearest known names.
/// Matching ignores case, spaces, '-' and '_' ("Natural Gas", "natural_gas", "NATURAL-GAS").
/// </summary>
internal static partial class PrintedNames
{
    private static readonly FrozenDictionary<string, string> FuelNames = Build(
        ("natural-gas", ["natural gas", "NG", "天然气", "天然氣", "管道天然气", "管道天然氣", "燃气", "燃氣"]),
        ("diesel", ["diesel oil", "gas oil", "gasoil", "柴油", "轻柴油", "輕柴油"]),
        ("gasoline", ["petrol", "motor gasoline", "汽油", "车用汽油", "車用汽油"]),
        ("lpg", ["liquefied petroleum gas", "液化石油气", "液化石油氣"]),
        ("coal", ["原煤", "煤", "煤炭"]));

    private static readonly FrozenDictionary<string, string> WasteNames = Build(
        ("hazardous", ["hazardous waste", "危险废物", "危險廢物", "危废", "危廢", "有害废物", "有害廢棄物", "有害廢物"]),
        ("non-hazardous", ["non hazardous waste", "nonhazardous", "一般废物", "一般廢物", "无害废物", "無害廢物", "無害廢棄物", "一般固体废物", "一般固體廢物", "一般工业固体废物"]));

    private static readonly FrozenDictionary<string, string> RegionNames = Build(
        [
            ("CN", ["China", "PRC", "中国", "中國", "全国", "全國", "中国大陆", "中國內地"]),
            ("CN-North", ["North China", "华北", "華北", "华北电网", "華北電網", "华北区域电网", "華北區域電網"]),
            ("CN-Northeast", ["Northeast China", "东北", "東北", "东北电网", "東北電網", "东北区域电网"]),
            ("CN-East", ["East China", "华东", "華東", "华东电网", "華東電網", "华东区域电网"]),
            ("CN-Central", ["Central China", "华中", "華中", "华中电网", "華中電網", "华中区域电网"]),
            ("CN-Northwest", ["Northwest China", "西北", "西北电网", "西北電網", "西北区域电网"]),
            ("CN-South", ["South China", "南方", "华南", "華南", "南方电网", "南方電網", "南方区域电网"]),
            ("CN-Southwest", ["Southwest China", "西南", "西南电网", "西南電網", "西南区域电网"]),
            ("CN-AH", ["安徽", "Anhui"]), ("CN-BJ", ["北京", "Beijing"]), ("CN-CQ", ["重庆", "重慶", "Chongqing"]), ("CN-FJ", ["福建", "Fujian"]),
            ("CN-GD", ["广东", "廣東", "Guangdong"]), ("CN-GS", ["甘肃", "甘肅", "Gansu"]), ("CN-GX", ["广西", "廣西", "Guangxi"]),
            ("CN-GZ", ["贵州", "貴州", "Guizhou"]), ("CN-HA", ["河南", "Henan"]), ("CN-HB", ["湖北", "Hubei"]), ("CN-HE", ["河北", "Hebei"]),
            ("CN-HI", ["海南", "Hainan"]), ("CN-HK", ["香港", "Hong Kong", "HK"]), ("CN-HL", ["黑龙江", "黑龍江", "Heilongjiang"]),
            ("CN-HN", ["湖南", "Hunan"]), ("CN-JL", ["吉林", "Jilin"]), ("CN-JS", ["江苏", "江蘇", "Jiangsu"]), ("CN-JX", ["江西", "Jiangxi"]),
            ("CN-LN", ["辽宁", "遼寧", "Liaoning"]), ("CN-MO", ["澳门", "澳門", "Macao", "Macau"]), ("CN-NM", ["内蒙古", "內蒙古", "Inner Mongolia"]),
            ("CN-NX", ["宁夏", "寧夏", "Ningxia"]), ("CN-QH", ["青海", "Qinghai"]), ("CN-SC", ["四川", "Sichuan"]), ("CN-SD", ["山东", "山東", "Shandong"]),
            ("CN-SH", ["上海", "Shanghai"]), ("CN-SN", ["陕西", "陝西", "Shaanxi"]), ("CN-SX", ["山西", "Shanxi"]), ("CN-TJ", ["天津", "Tianjin"]),
            ("CN-TW", ["台湾", "臺灣", "台灣", "Taiwan"]), ("CN-XJ", ["新疆", "Xinjiang"]), ("CN-XZ", ["西藏", "Tibet", "Xizang"]),
            ("CN-YN", ["云南", "雲南", "Yunnan"]), ("CN-ZJ", ["浙江", "Zhejiang"]),
            ("GB", ["UK", "United Kingdom", "Great Britain", "英国", "英國"]),
            ("US", ["USA", "United States", "美国", "美國"]),
            (Regions.Global, ["global", "world", "全球"]),
        ]);

    // Refrigerants: R-numbers and the HFC names of the pure gases as the factor data spells them (ASHRAE 34).
    private static readonly FrozenDictionary<string, string> RefrigerantNames = Build(
        ("R-410A", []), ("R-407C", []), ("R-404A", []), ("R-507A", []), ("R-22", ["HCFC-22", "二氟一氯甲烷"]),
        ("HFC-134a", ["R-134a", "四氟乙烷"]), ("HFC-32", ["R-32", "二氟甲烷"]), ("HFC-125", ["R-125", "五氟乙烷"]),
        ("SF6", ["六氟化硫", "sulphur hexafluoride", "sulfur hexafluoride"]), ("NF3", ["三氟化氮", "nitrogen trifluoride"]));

    public static bool TryFuel(string written, out string fuel) => TryRead(FuelNames, written, out fuel);

    public static bool TryWasteCategory(string written, out string category) => TryRead(WasteNames, written, out category);

    /// <summary>The region code, as the shared instance <see cref="Regions.Canonical"/> returns.</summary>
    public static bool TryRegion(string written, out string region)
    {
        region = "";
        return TryRead(RegionNames, written, out var code) && Regions.Canonical(code) is { } canonical && (region = canonical) is not null;
    }

    /// <summary>A known refrigerant's canonical name; any other name is kept as written (a custom set may know it).</summary>
    public static string Refrigerant(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return TryRead(RefrigerantNames, written, out var gas) ? gas : written;
    }

    /// <summary>The known names (codes and spellings) nearest to a miss, codes first.</summary>
    public static IReadOnlyList<string> NearestFuels(string written) => Nearest(FuelNames, written);

    public static IReadOnlyList<string> NearestRegions(string written) => Nearest(RegionNames, written);

    public static IReadOnlyList<string> NearestWasteCategories(string written) => Nearest(WasteNames, written);

    private static bool TryRead(FrozenDictionary<string, string> names, string written, out string code) =>
        names.TryGetValue(Key(written), out code!);

    private static IReadOnlyList<string> Nearest(FrozenDictionary<string, string> names, string written)
    {
        var key = Key(written);
        return [.. names
            .Select(pair => (pair.Value, Distance: EditDistance.Between(key, pair.Key)))
            .Where(x => x.Distance <= Math.Max(2, key.Length / 2))
            .OrderBy(x => x.Distance).ThenBy(x => x.Value, StringComparer.Ordinal)
            .Select(x => x.Value)
            .Distinct(StringComparer.Ordinal)
            .Take(3)];
    }

    private static FrozenDictionary<string, string> Build(params (string Code, string[] Spellings)[] entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, spellings) in entries)
        {
            foreach (var spelling in spellings.Prepend(code))
            {
                map.TryAdd(Key(spelling), code);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Lower case, full-width folded, without spaces, '-', '_' and '.': "Natural Gas" and "natural_gas" meet at "naturalgas".</summary>
    private static string Key(string written) => Separators().Replace(PrintedUnitText.FoldWidth(written.Trim()), "").ToLowerInvariant();

    [GeneratedRegex(@"[\s\-_.]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
