namespace Emissions.Spreadsheets;

/// <summary>
/// A sheet as rows of text cells, empty rows dropped. <see cref="Place"/> names it in messages:
/// "report.xlsx sheet 'Figures'" or "figures.csv". Merged ranges are kept so that a header
/// split over merged cells can be refused rather than misread.
/// </summary>
internal sealed record SheetGrid(string File, string Name, IReadOnlyList<GridRow> Rows, IReadOnlyList<string> MergedRanges)
{
    public bool IsCsv => File.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || Name == File;

    public string Place => IsCsv ? File : $"{File} sheet '{Name}'";

    /// <summary>"report.xlsx sheet 'Figures' row 5 column C (value)"; a CSV names its line.</summary>
    public string At(int row, int column, string? field = null) =>
        (IsCsv ? $"{File} line {row} column {ColumnLetters.Of(column)}" : $"{Place} row {row} column {ColumnLetters.Of(column)}")
        + (field is null ? "" : $" ({field})");

    public string AtRow(int row) => IsCsv ? $"{File} line {row}" : $"{Place} row {row}";

    /// <summary>A cell's text, null when empty or absent; a formula is refused, saying what belongs there instead.</summary>
    public string? ValueAt(GridRow row, int column, string insteadOfFormula)
    {
        if (row.At(column) is not { } cell)
        {
            return null;
        }

        if (cell.Formula is not null)
        {
            throw FormulaAt(row.Number, cell, insteadOfFormula);
        }

        return cell.Text.Length > 0 ? cell.Text : null;
    }

    /// <summary>The error for a formula where a value belongs, naming the cell and the formula.</summary>
    public Inventory.InputException FormulaAt(int row, GridCell cell, string insteadOfFormula) =>
        new(At(row, cell.Column), cell.Formula, insteadOfFormula);
}
