using Emissions.Verification;

namespace Emissions.Spreadsheets;

/// <summary>A check request read from a spreadsheet, with how each header was read (so a page or a CLI can show it).</summary>
internal sealed record SpreadsheetReading(CheckRequest Request, IReadOnlyList<ColumnReading> Columns);
