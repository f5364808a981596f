using System.Net;
using System.Text.Json;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>Checks that a response is an RFC 9457 problem document of the expected kind.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string slug, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("https://emissions.dev/problems/" + slug, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        if (field is not null)
        {
            Assert.True(problem.TryGetProperty("field", out var actual), $"no field in {text}");
            Assert.Equal(field, actual.GetString());
        }

        return problem;
    }
}
