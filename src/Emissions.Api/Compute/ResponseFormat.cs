using Emissions.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Emissions.Api.Compute;

/// <summary>JSON by default; CSV when Accept prefers text/csv; 406 when Accept allows neither.</summary>
public enum ResponseFormat
{
    Json,
    Csv,
}

public static class ResponseFormats
{
    public static ResponseFormat Choose(HttpRequest request)
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
                _ => null,
            };
            if (format is not null && quality > bestQuality)
            {
                best = format;
                bestQuality = quality;
            }
        }

        return best ?? throw new ApiProblemException(new ApiProblem(ProblemKinds.NotAcceptable,
            $"cannot answer in '{accept}'", "Accept", accept.ToString(), "application/json or text/csv", "header"));
    }

    public static Results<Ok<object>, ContentHttpResult> Write(ComputeResult result, ResponseFormat format)
    {
        ArgumentNullException.ThrowIfNull(result);
        return format == ResponseFormat.Csv
            ? TypedResults.Text(Csv.Write(result.Table), "text/csv; charset=utf-8")
            : TypedResults.Ok(result.Body);
    }
}
