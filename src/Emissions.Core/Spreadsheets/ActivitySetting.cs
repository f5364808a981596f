namespace Emissions.Spreadsheets;

/// <summary>One row of the Inventory sheet (field | value | unit): the organisation, period, factor set and the inventory-wide amounts.</summary>
internal sealed record ActivitySetting(string Field, string Chinese, ActivityCell Cell, string Note, string[] Aliases, string? List = null)
{
    public IEnumerable<string> Names => Aliases.Prepend(Chinese).Prepend(Field);
}
