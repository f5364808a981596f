namespace Emissions.Spreadsheets;

/// <summary>The columns a figures table may have, as the CONTRACT names a figure's fields.</summary>
internal enum FigureColumn
{
    Id,
    Metric,
    Value,
    Unit,
    Qualifier,
    Period,
    Site,
    Label,
    Formula,
}
