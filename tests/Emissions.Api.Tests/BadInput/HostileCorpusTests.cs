using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Emissions.Api.Tests.BadInput;

/// <summary>The hostile corpus (issue 17) against the real service with the corpus limits.</summary>
public sealed class HostileCorpusTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    public static TheoryData<string> Names() => [.. HostileCorpus.All.Select(c => c.Name)];

    [Fact]
    public void The_hostile_corpus_has_at_least_700_distinct_requests()
    {
        Assert.True(HostileCorpus.All.Count >= 700, $"{HostileCorpus.All.Count} requests");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Hostile_request_is_refused_within_a_second_with_a_problem_naming_the_field(string name)
    {
        var hostile = HostileCorpus.All.Single(c => c.Name == name);
        using var request = new HttpRequestMessage(new HttpMethod(hostile.Method), hostile.Path.Replace("{id}", fixture.SubmissionId, StringComparison.Ordinal));
        if (hostile.Body is not null)
        {
            request.Content = new ByteArrayContent(hostile.Body);
            if (hostile.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
            }
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.SubmitterKey);
        using var client = fixture.Factory.CreateClient();

        // The answer is timed whole (status, headers and body read); the first request of the class also pays for
        // the service's start, so the fixture has already made one.
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        clock.Stop();

        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"{status}: {text}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.ElapsedMilliseconds} ms");
        if (hostile.AnswersHtml)
        {
            return;
        }

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.TryGetProperty("field", out var field) && field.GetString() is { Length: > 0 }, text);
    }
}
