using System.Text.Json;
using Emissions.Api.Options;
using Emissions.Api.Problems;
using Emissions.Contract.Checks;
using Emissions.Spreadsheets;
using Emissions.Verification;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Emissions.Api.Compute;

/// <summary>
/// A check or calculation posted as a spreadsheet (XLSX, or CSV with English or Chinese headers): read by
/// <see cref="SpreadsheetCheckReader"/> (figures) or <see cref="ActivityWorkbookReader"/> (activity data) within the
/// body limit and turned into the CONTRACT JSON, so that it then runs exactly as a JSON request does. Errors name
/// the sheet, row and column (422).
/// </summary>
public sealed class SpreadsheetBody(IOptions<EmissionsOptions> options)
{
    public static bool IsSpreadsheet(string? contentType) => MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals(WorkingPaper.MediaType, StringComparison.OrdinalIgnoreCase) || media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));

    internal async Task<SpreadsheetRequest> ReadAsync(HttpRequest request, ComputeKind kind, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limits = options.Value.Limits;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxBodyBytes)
            {
                throw new ApiProblemException(new ApiProblem(ProblemKinds.BodyTooLarge,
                    $"the body is larger than {limits.MaxBodyBytes} bytes", "$", null, $"at most {limits.MaxBodyBytes} bytes", "body"));
            }
        }

        if (buffer.Length == 0)
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.EmptyBody, "the request has no body", "$", "", "a workbook or a CSV table of figures"));
        }

        buffer.Position = 0;
        var isCsv = MediaTypeHeaderValue.TryParse(request.ContentType, out var media) && media.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase);
        var file = name + (isCsv ? ".csv" : ".xlsx");
        var workbookLimits = new SpreadsheetLimits { MaxFileBytes = limits.MaxBodyBytes };
        if (kind == ComputeKind.Calculation)
        {
            var activity = isCsv
                ? ActivityWorkbookReader.ReadCsv(Text(buffer), file)
                : ActivityWorkbookReader.ReadXlsx(buffer, file, workbookLimits);
            return new SpreadsheetRequest(activity.Document(), activity);
        }

        var maxFigures = Math.Max(1, limits.MaxFigures);
        var reading = isCsv
            ? SpreadsheetCheckReader.ReadCsv(Text(buffer), file, maxFigures)
            : SpreadsheetCheckReader.ReadXlsx(buffer, file, workbookLimits, maxFigures);
        return new SpreadsheetRequest(JsonDocument.Parse(CheckRequestJson.Write(reading.Request)), null);
    }

    // A BOM (Excel's "CSV UTF-8") is dropped with the decoding.
    private static string Text(MemoryStream buffer) => new StreamReader(buffer, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
}
