using System.Buffers;
using System.Text.Json;
using Emissions.Api.Options;
using Emissions.Api.Problems;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Emissions.Api.Json;

/// <summary>
/// Reads a request body as one JSON document within the configured limits. Every refusal is a
/// 4xx problem: 415 not JSON, 413 too large or too many entries, 400 empty, malformed, too deep or duplicated.
/// </summary>
public sealed class JsonBodyReader(IOptions<EmissionsOptions> options)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public async Task<JsonDocument> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limits = options.Value.Limits;
        if (request.ContentLength > limits.MaxBodyBytes)
        {
            throw TooLarge(limits.MaxBodyBytes, request.ContentLength.Value);
        }

        var bytes = request.ContentLength is > 0 and var length
            ? await ReadExactlyAsync(request.Body, (int)length, cancellationToken)
            : await ReadToEndAsync(request.Body, limits.MaxBodyBytes, cancellationToken);
        if (bytes.Span.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        if (IsBlank(bytes.Span))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.EmptyBody, "the request has no body", JsonPath.Root, "", "a JSON object"));
        }

        if (!IsJsonMediaType(request.ContentType))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.UnsupportedMediaType,
                $"Content-Type '{request.ContentType}' is not JSON", "Content-Type", request.ContentType ?? "", "application/json", "header"));
        }

        JsonScanner.Scan(bytes.Span, limits.MaxDepth, limits.MaxFigures);
        return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 1 });
    }

    // Content-Length is known and within the limit: one array of that size, filled in place (Kestrel ends the body
    // there). Growing a buffer from a guess cost a second, doubled array and a copy on every check request.
    private static async Task<ReadOnlyMemory<byte>> ReadExactlyAsync(Stream body, int length, CancellationToken cancellationToken)
    {
        var bytes = new byte[length];
        var filled = 0;
        while (filled < length)
        {
            var read = await body.ReadAsync(bytes.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return bytes.AsMemory(0, filled);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadToEndAsync(Stream body, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBodyBytes)
            {
                throw TooLarge(maxBodyBytes, null);
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
