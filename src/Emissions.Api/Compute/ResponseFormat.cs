using Emissions.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Emissions.Api.Compute;

/// <summary>JSON by default; CSV when Accept prefers text/csv; XLSX (where offered) when it prefers a workbook; 406 when Accept allows none.</summary>
public enum ResponseFormat
{
    Json,
    Csv,
    Xlsx,
}

public static class ResponseFormats
{
    public static ResponseFormat Choose(HttpRequest request, bool workbook = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var list) || list.Count == 0)
        {
            return ResponseFormat.Json;
        }

        ResponseFormat? best = null;
        double bestQuality = 0;
        foreach (var media in list)
        {
            var quality = media.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            ResponseFormat? format = media.MediaType.Value?.ToUpperInvariant() switch
            {
                "APPLICATION/JSON" or "APPLICATION/*" or "*/*" or "APPLICATION/PROBLEM+JSON" => ResponseFormat.Json,
                "TEXT/CSV" or "TEXT/*" => ResponseFormat.Csv,
                "APPLICATION/VND.OPENXMLFORMATS-OFFICEDOCUMENT.SPREADSHEETML.SHEET" when workbook => ResponseFormat.Xlsx,
                _ => null,
            };
            if (format is not null && quality > bestQuality)
            {
                best = format;
                bestQuality = quality;
            }
        }

        return best ?? throw new ApiProblemException(new ApiProblem(ProblemKinds.NotAcceptable,
            $"cannot answer in '{accept}'", "Accept", accept.ToString(),
            workbook ? $"application/json, text/csv or {Spreadsheets.WorkingPaper.MediaType}" : "application/json or text/csv", "header"));
    }

    /// <summary>The answer in the chosen format; <typeparamref name="T"/> is the JSON body's type (the module's answer).</summary>
    public static Results<Ok<T>, ContentHttpResult, FileContentHttpResult> Write<T>(ComputeResult result, ResponseFormat format, string name = "result")
        where T : class
    {
        ArgumentNullException.ThrowIfNull(result);
        if (format == ResponseFormat.Xlsx && result.Workbook is { } workbook)
        {
            using var stream = new MemoryStream();
            workbook(stream);
            return TypedResults.File(stream.ToArray(), Spreadsheets.WorkingPaper.MediaType, name + ".xlsx");
        }

        return format == ResponseFormat.Csv
            ? TypedResults.Text(Emissions.Contract.CsvWriter.ToText(result.Table.Columns, result.Table.Rows), "text/csv; charset=utf-8")
            : TypedResults.Ok((T)result.Body);
    }
}
