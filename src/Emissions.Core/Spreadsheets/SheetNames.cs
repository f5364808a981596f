namespace Emissions.Spreadsheets;

/// <summary>
/// The sheets a check workbook may have, in English or Chinese. The working paper writes "Figures",
/// "Relations" and "Options", so that it reads back as the request it answers.
/// </summary>
internal static class SheetNames
{
    public const string Figures = "Figures";
    public const string Relations = "Relations";
    public const string Options = "Options";

    private static readonly string[] FigureNames = ["figures", "figure", "数据", "數據", "披露数据", "披露數據"];
    private static readonly string[] RelationNames = ["relations", "relation", "关系", "關係", "勾稽关系", "勾稽關係"];
    private static readonly string[] OptionNames = ["options", "选项", "選項"];

    public static SheetGrid? FindFigures(IReadOnlyList<SheetGrid> sheets) => Find(sheets, FigureNames);

    public static SheetGrid? FindRelations(IReadOnlyList<SheetGrid> sheets) => Find(sheets, RelationNames);

    public static SheetGrid? FindOptions(IReadOnlyList<SheetGrid> sheets) => Find(sheets, OptionNames);

    private static SheetGrid? Find(IReadOnlyList<SheetGrid> sheets, string[] names) =>
        sheets.FirstOrDefault(s => names.Contains(s.Name.Trim(), StringComparer.OrdinalIgnoreCase));
}
