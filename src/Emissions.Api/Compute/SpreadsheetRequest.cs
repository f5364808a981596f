using System.Text.Json;
using Emissions.Spreadsheets;

namespace Emissions.Api.Compute;

/// <summary>A request body as CONTRACT JSON; for an activity workbook, also the reading that maps JSON paths back to cells.</summary>
internal sealed record SpreadsheetRequest(JsonDocument Document, ActivityReading? Activity) : IDisposable
{
    public void Dispose() => Document.Dispose();
}
