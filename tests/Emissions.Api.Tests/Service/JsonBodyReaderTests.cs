using System.Text;
using Emissions.Api.Json;
using Emissions.Api.Options;
using Emissions.Api.Problems;
using Microsoft.AspNetCore.Http;

namespace Emissions.Api.Tests.Service;

/// <summary>
/// The request body as a document: read straight into the document's own array when its length is declared, through a
/// pooled buffer (copied once) when chunked; either way the document never shares memory with the pool.
/// </summary>
public sealed class JsonBodyReaderTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly JsonBodyReader reader = new(Microsoft.Extensions.Options.Options.Create(new EmissionsOptions()));

    private static HttpRequest Request(byte[] body, bool declareLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = declareLength ? body.Length : null;
        return context.Request;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_is_read_into_a_document_without_its_byte_order_mark(bool declareLength)
    {
        using var document = await reader.ReadAsync(Request([.. Bom, .. """{"value": "69.44 万吨"}"""u8], declareLength), CancellationToken.None);

        Assert.Equal("69.44 万吨", document.RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_chunked_body_longer_than_the_first_buffer_is_read_whole()
    {
        var figures = string.Join(",", Enumerable.Range(0, 2_000).Select(i => $$"""{"id": "f{{i}}"}"""));
        using var document = await reader.ReadAsync(Request(Encoding.UTF8.GetBytes($$"""{"figures": [{{figures}}]}"""), declareLength: false), CancellationToken.None);

        Assert.Equal(2_000, document.RootElement.GetProperty("figures").GetArrayLength());
        Assert.Equal("f1999", document.RootElement.GetProperty("figures")[1999].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_document_keeps_its_values_while_later_bodies_are_read_through_the_pool(bool declareLength)
    {
        using var document = await reader.ReadAsync(Request("""{"value": "first"}"""u8.ToArray(), declareLength), CancellationToken.None);
        for (var i = 0; i < 50; i++)
        {
            using var later = await reader.ReadBodyAsync(Request("""{"value": "later"}"""u8.ToArray(), declareLength: true), CancellationToken.None);
        }

        Assert.Equal("first", document.RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_the_body_is_read()
    {
        var request = Request("{}"u8.ToArray(), declareLength: true);
        request.ContentLength = 1_048_577;

        var refused = await Assert.ThrowsAsync<ApiProblemException>(() => reader.ReadAsync(request, CancellationToken.None));

        Assert.Equal(ProblemKinds.BodyTooLarge, refused.Problem.Kind);
        Assert.Equal("the body has 1048577 bytes, more than 1048576", refused.Problem.Detail);
    }
}
