namespace Emissions.Spreadsheets;

/// <summary>
/// One non-empty cell of a sheet as its reader saw it: the text it shows (numbers with the decimals
/// their number format prints), and whether it holds a formula (whose cached result is not a printed figure).
/// </summary>
internal sealed record GridCell(int Column, string Text, string? Formula = null)
{
    public string Reference(int row) => ColumnLetters.Of(Column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
