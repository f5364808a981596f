namespace Emissions.Spreadsheets;

/// <summary>
/// One column of an activity sheet: the CONTRACT field it fills, its header in the template (English / 中文), the
/// other headers it is known by, what its cells hold, the list its drop-down offers, and for an amount the unit column.
/// </summary>
internal sealed record ActivityColumn(string Field, string English, string Chinese, ActivityCell Cell, string[] Aliases, string? List = null, string UnitField = "unit")
{
    /// <summary>The header the template writes: "Amount / 数量".</summary>
    public string Header => $"{English} / {Chinese}";

    public IEnumerable<string> Names => Aliases.Prepend(Chinese).Prepend(English).Prepend(Field);
}
