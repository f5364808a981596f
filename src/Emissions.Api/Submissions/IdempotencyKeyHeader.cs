using Emissions.Api.Problems;

namespace Emissions.Api.Submissions;

/// <summary>
/// The Idempotency-Key request header (IETF httpapi-idempotency-key-header): a structured-field string
/// (quoted, as the draft writes it) or a bare token, 1–255 visible ASCII characters. Absent: null.
/// </summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    private const int MaxLength = 255;

    public static string? Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Headers[Name];
        if (values.Count == 0)
        {
            return null;
        }

        var text = values.Count == 1 ? values[0]?.Trim() ?? "" : "";
        var key = text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;
        if (values.Count > 1 || key.Length is 0 or > MaxLength || key.Any(c => c is < '!' or > '~' or '"' or '\\'))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.InvalidParameter,
                values.Count > 1 ? "Idempotency-Key is given more than once" : "Idempotency-Key is not a key",
                Name, Emissions.Quantities.Excerpt.Of(string.Join(", ", values.ToArray())),
                "one header, 1–255 visible ASCII characters (a UUID, quoted or not)", "header"));
        }

        return key;
    }
}
