namespace Emissions.Spreadsheets;

/// <summary>The few looks a working paper needs; the order is the stylesheet's cellXfs order (see <see cref="XlsxStyles"/>).</summary>
internal enum CellStyle : uint
{
    Plain = 0,
    Heading = 1,
    Good = 2,
    Fair = 3,
    Warning = 4,
    Bad = 5,
    Muted = 6,
    Title = 7,
}
