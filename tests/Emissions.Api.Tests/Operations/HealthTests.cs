using System.Net;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Operations;

public sealed class HealthTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public async Task Liveness_stays_200_while_the_database_does_not_answer_and_readiness_turns_503()
    {
        await using var faulty = fixture.Factory.WithFaultyStore(out var store);
        using var client = faulty.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        store.DatabaseDown = true;
        var live = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unavailable", report.GetProperty("status").GetString());
        Assert.False(report.GetProperty("database").GetProperty("reachable").GetBoolean());
    }
}
