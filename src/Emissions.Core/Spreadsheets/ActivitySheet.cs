namespace Emissions.Spreadsheets;

/// <summary>
/// One input kind of the activity workbook: its sheet (named in English or Chinese), the CONTRACT field it fills — an
/// array of lines, or an object keyed by one column (water by flow, totals by metric) — and its columns.
/// </summary>
internal sealed record ActivitySheet(string Name, string Chinese, string Field, IReadOnlyList<ActivityColumn> Columns, string[] Aliases, string? KeyField = null)
{
    public IEnumerable<string> Names => Aliases.Prepend(Chinese).Prepend(Name).Prepend(Field);

    public bool IsKeyed => KeyField is not null;
}
