using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.BadInput;

public sealed class BadInputTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    public static TheoryData<string> Names() => [.. BadInputCorpus.All.Select(c => c.Name)];

    [Fact]
    public void The_corpus_has_at_least_100_distinct_requests()
    {
        Assert.True(BadInputCorpus.All.Count >= 100, $"{BadInputCorpus.All.Count} requests");
        Assert.Equal(BadInputCorpus.All.Count, BadInputCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Bad_request_gets_a_4xx_problem_naming_the_field(string name)
    {
        var bad = BadInputCorpus.All.Single(c => c.Name == name);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Path.Replace("{id}", fixture.SubmissionId, StringComparison.Ordinal));
        if (bad.Body is not null || bad.RawBody is not null)
        {
            request.Content = new ByteArrayContent(bad.RawBody ?? Encoding.UTF8.GetBytes(bad.Body!));
            if (bad.ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(bad.ContentType);
            }
        }

        if (bad.Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", bad.Accept);
        }

        switch (bad.Sender)
        {
            case Sender.Submitter:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.SubmitterKey);
                break;
            case Sender.Auditor:
                request.Headers.TryAddWithoutValidation("X-Api-Key", fixture.AuditorKey);
                break;
            case Sender.UnknownKey:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "em_not-a-key-of-this-service");
                break;
            case Sender.BasicAuth:
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");
                break;
            case Sender.TwoKeys:
                request.Headers.TryAddWithoutValidation("X-Api-Key", [fixture.SubmitterKey, fixture.AuditorKey]);
                break;
            case Sender.Anonymous:
                break;
        }

        var response = await fixture.Factory.CreateClient().SendAsync(request);

        Assert.InRange((int)response.StatusCode, 400, 499);
        var problem = await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)bad.Status, bad.Slug, bad.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.True(problem.TryGetProperty("location", out _));
        AssertSaysWhatWasExpected(problem);
    }

    /// <summary>
    /// "expected" says what would have been accepted, never the reason again: it is there, and it neither quotes the
    /// value as a reason does ("'1e40' is too large …") nor repeats the detail.
    /// </summary>
    private static void AssertSaysWhatWasExpected(System.Text.Json.JsonElement problem)
    {
        Assert.True(problem.TryGetProperty("expected", out var expectedMember), $"no expected: {problem}");
        var expected = expectedMember.GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(expected), $"empty expected: {problem}");
        Assert.NotEqual(problem.GetProperty("detail").GetString(), expected);
        if (problem.TryGetProperty("value", out var value) && value.GetString() is { Length: > 0 } quoted)
        {
            Assert.False(expected.StartsWith($"'{quoted}'", StringComparison.Ordinal), $"expected holds the reason: {problem}");
        }

        Assert.DoesNotContain("is not a number", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("is too large", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown unit", expected, StringComparison.Ordinal);
    }
}
