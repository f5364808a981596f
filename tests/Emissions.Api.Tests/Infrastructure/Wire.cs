using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Emissions.Api.Tests.Infrastructure;

public static class Wire
{
    public static StringContent Body(string json, string contentType = "application/json") =>
        new(json, Encoding.UTF8, new MediaTypeHeaderValue(contentType));

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Submission(string kind = "inputs", string period = "2020", string? factorSet = "test-2020", string document = """{"electricity": "1000"}""") =>
        factorSet is null
            ? $$"""{"kind": "{{kind}}", "period": "{{period}}", "document": {{document}}}"""
            : $$"""{"kind": "{{kind}}", "period": "{{period}}", "factorSet": "{{factorSet}}", "document": {{document}}}""";
}
