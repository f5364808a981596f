using System.Buffers;
using System.Text.Json;
using Emissions.Api.Options;
using Emissions.Api.Problems;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Emissions.Api.Json;

/// <summary>
/// Reads a request body as one JSON document, or as its scanned bytes (<see cref="ReadBodyAsync"/>), within the configured limits. Every refusal is a
/// 4xx problem: 415 not JSON, 413 too large or too many entries, 400 empty, malformed, too deep or duplicated.
/// </summary>
public sealed class JsonBodyReader(IOptions<EmissionsOptions> options)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The body as a document (checks, factor sets, submissions …), within the limits as <see cref="ReadBodyAsync"/> scans them.</summary>
    public async Task<JsonDocument> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limits = options.Value.Limits;
        using var body = await ReadBytesAsync(request, cancellationToken);
        return JsonBodyParser.Parse(body.Utf8, limits.MaxDepth, limits.MaxFigures);
    }

    /// <summary>
    /// The body's bytes, read from the request stream into a pooled buffer within Limits:MaxBodyBytes and scanned once
    /// (<see cref="JsonScanner"/>: syntax, depth, duplicate fields, Limits:MaxFigures entries), for a reader that
    /// streams them itself (a calculate request: Core's inventory reader) instead of building a document.
    /// </summary>
    public async Task<JsonBody> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ReadBytesAsync(request, cancellationToken);
        try
        {
            var limits = options.Value.Limits;
            JsonScanner.Scan(body.Utf8.Span, limits.MaxDepth, limits.MaxFigures);
            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    /// <summary>The body's bytes within Limits:MaxBodyBytes, not blank, of a JSON media type; not yet scanned.</summary>
    private async Task<JsonBody> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limits = options.Value.Limits;
        if (request.ContentLength > limits.MaxBodyBytes)
        {
            throw TooLarge(limits.MaxBodyBytes, request.ContentLength.Value);
        }

        var pool = ArrayPool<byte>.Shared;
        var buffer = pool.Rent(request.ContentLength is > 0 and var length ? (int)length + 1 : 4096);
        var written = 0;
        var handedOver = false;
        try
        {
            while (true)
            {
                if (written == buffer.Length)
                {
                    var larger = pool.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, written).CopyTo(larger);
                    pool.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(written), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                written += read;
                if (written > limits.MaxBodyBytes)
                {
                    throw TooLarge(limits.MaxBodyBytes, null);
                }
            }

            var start = buffer.AsSpan(0, written).StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
            var bytes = buffer.AsSpan(start, written - start);
            if (IsBlank(bytes))
            {
                throw new ApiProblemException(new ApiProblem(ProblemKinds.EmptyBody, "the request has no body", JsonPath.Root, "", "a JSON object"));
            }

            if (!IsJsonMediaType(request.ContentType))
            {
                throw new ApiProblemException(new ApiProblem(ProblemKinds.UnsupportedMediaType,
                    $"Content-Type '{request.ContentType}' is not JSON", "Content-Type", request.ContentType ?? "", "application/json", "header"));
            }

            handedOver = true;
            return new JsonBody(buffer, start, written - start);
        }
        finally
        {
            if (!handedOver)
            {
                pool.Return(buffer);
            }
        }
    }

    public static bool IsJsonMediaType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        if (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ?? false);
    }

    private static ApiProblemException TooLarge(long limit, long? actual) =>
        new(new ApiProblem(ProblemKinds.BodyTooLarge,
            actual is null ? $"the body exceeds {limit} bytes" : $"the body has {actual} bytes, more than {limit}",
            JsonPath.Root, actual?.ToString(System.Globalization.CultureInfo.InvariantCulture), $"at most {limit} bytes (Limits:MaxBodyBytes)"));

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }
}
