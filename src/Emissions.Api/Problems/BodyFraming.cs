namespace Emissions.Api.Problems;

/// <summary>
/// Kestrel refuses a body that does not match its framing while the application reads it ("Bad chunk size data.",
/// "Unexpected end of request content.", a body sent too slowly): the problem names the header that frames the body,
/// its value and what the body should have been. (A request line or header that Kestrel cannot parse is answered by
/// Kestrel itself, before any application code runs: README "Limits".)
/// </summary>
internal static class BodyFraming
{
    private const string ChunkedExpected =
        "a body in the chunked coding Transfer-Encoding names (RFC 9112 section 7.1: hexadecimal chunk sizes, each chunk ending CRLF, a last chunk of size 0)";

    public static ApiProblem Describe(BadHttpRequestException exception, HttpRequest? request)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var kind = ProblemKinds.ForStatus(exception.StatusCode is >= 400 and < 500 ? exception.StatusCode : 400);
        var slow = exception.StatusCode == StatusCodes.Status408RequestTimeout;
        if (request is not null && request.Headers.TransferEncoding.Count > 0)
        {
            return new ApiProblem(kind, exception.Message, "Transfer-Encoding", request.Headers.TransferEncoding.ToString(),
                slow ? "the whole body, sent without stalling (Kestrel's minimum request body data rate)" : ChunkedExpected, "header");
        }

        var length = request?.ContentLength;
        return new ApiProblem(kind, exception.Message, "Content-Length", length?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            slow ? "the whole body, sent without stalling (Kestrel's minimum request body data rate)"
                : length is null ? "a Content-Length header giving the body's size in bytes" : $"a body of exactly {length} bytes, as Content-Length says",
            "header");
    }
}
