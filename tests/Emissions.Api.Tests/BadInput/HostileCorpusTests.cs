using System.Text.Json;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// The hostile corpus (issue 17) against the real service with the corpus limits. How long each takes is measured in
/// bench/load/hostile.sh (timed tests are not unit tests); that the work a hostile request causes grows no faster than
/// its size is <see cref="HostileScalingTests"/>.
/// </summary>
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
    public async Task Hostile_request_is_refused_with_a_problem_naming_the_field(string name)
    {
        var hostile = HostileCorpus.All.Single(c => c.Name == name);
        using var request = hostile.ToMessage(fixture.SubmissionId, fixture.SubmitterKey);
        using var client = fixture.Factory.CreateClient();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"{status}: {text}");
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
