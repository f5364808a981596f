namespace Emissions.Spreadsheets;

/// <summary>How one header cell was read: the field it fills (null: not read) and the unit or scale its brackets apply to the column.</summary>
internal sealed record ColumnReading(string Sheet, string Column, string Header, FigureColumn? ReadAs, string? Unit);
