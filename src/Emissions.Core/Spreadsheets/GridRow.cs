namespace Emissions.Spreadsheets;

/// <summary>A row that has at least one non-empty cell, with its 1-based number in the sheet (or line in a CSV).</summary>
internal sealed record GridRow(int Number, IReadOnlyList<GridCell> Cells)
{
    public GridCell? At(int column) => Cells.FirstOrDefault(c => c.Column == column);
}
