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
        ArgumentNullException.ThrowIfNull(request);
        var limits = options.Value.Limits;

        // The document keeps the memory it parses, so it needs an array of its own. With a Content-Length within the
        // limit the body is read straight into one of that size (the server ends the body there); a body of unknown
        // length (chunked) is read into a pooled buffer as it grows and copied once into the document's array.
        if (request.ContentLength is > 0 and var length && length <= limits.MaxBodyBytes)
        {
            var owned = new byte[length];
            var written = await ReadIntoAsync(request, owned, growable: false, cancellationToken);
            var start = Check(request, owned.AsSpan(0, written));
            return JsonBodyParser.ParseOwned(owned.AsMemory(start, written - start), limits.MaxDepth, limits.MaxFigures);
        }

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

    /// <summary>
    /// The body's bytes in a pooled buffer within Limits:MaxBodyBytes, not blank, of a JSON media type, but not yet scanned:
    /// for a reader that proves the framing itself as it reads and otherwise hands them to <see cref="JsonBodyParser"/> (a
    /// check request: <see cref="Emissions.Contract.Checks.CheckRequestUtf8Reader"/>). Refuses what <see cref="ReadAsync"/> refuses before it parses.
    /// </summary>
    public Task<JsonBody> ReadUnscannedAsync(HttpRequest request, CancellationToken cancellationToken) => ReadBytesAsync(request, cancellationToken);

    /// <summary>The body's bytes in a pooled buffer within Limits:MaxBodyBytes, not blank, of a JSON media type; not yet scanned.</summary>
    private async Task<JsonBody> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = options.Value.Limits.MaxBodyBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and var length ? (int)Math.Min(length + 1, limit + 1) : 4096);
        var handedOver = false;
        try
        {
            var written = await ReadIntoAsync(request, buffer, growable: true, cancellationToken, grown => buffer = grown);
            var start = Check(request, buffer.AsSpan(0, written));
            handedOver = true;
            return new JsonBody(buffer, start, written - start);
        }
        finally
        {
            if (!handedOver)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>
    /// Reads the body into <paramref name="buffer"/> within Limits:MaxBodyBytes; a growable (pooled) buffer is exchanged
    /// for a larger one when full (<paramref name="grown"/> is told each), a fixed one of the Content-Length's size is read
    /// until full. The bytes read.
    /// </summary>
    private async Task<int> ReadIntoAsync(HttpRequest request, byte[] buffer, bool growable, CancellationToken cancellationToken, Action<byte[]>? grown = null)
    {
        var limit = options.Value.Limits.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit, request.ContentLength.Value);
        }

        var pool = ArrayPool<byte>.Shared;
        var written = 0;
        while (true)
        {
            if (written == buffer.Length)
            {
                if (!growable)
                {
                    return written;
                }

                var larger = pool.Rent(buffer.Length * 2);
                buffer.AsSpan(0, written).CopyTo(larger);
                pool.Return(buffer);
                buffer = larger;
                grown?.Invoke(buffer);
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(written), cancellationToken);
            if (read == 0)
            {
                return written;
            }

            written += read;
            if (written > limit)
            {
                throw TooLarge(limit, null);
            }
        }
    }

    /// <summary>Refuses a blank body or one not of a JSON media type; where the JSON starts (after a byte-order mark).</summary>
    private static int Check(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var start = body.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        if (IsBlank(body[start..]))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.EmptyBody, "the request has no body", JsonPath.Root, "", "a JSON object"));
        }

        if (!IsJsonMediaType(request.ContentType))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.UnsupportedMediaType,
                $"Content-Type '{request.ContentType}' is not JSON", "Content-Type", request.ContentType ?? "", "application/json", "header"));
        }

        return start;
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
