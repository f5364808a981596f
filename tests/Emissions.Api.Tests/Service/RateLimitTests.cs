using System.Net;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Service;

public sealed class RateLimitTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public async Task Each_key_has_its_own_window_and_the_excess_is_429_with_retry_after()
    {
        // A key's window opens with its first request and replenishes on the real clock (System.Threading.RateLimiting
        // takes no TimeProvider): a day-long window cannot end between the requests below however slowly a loaded
        // machine runs them, where a minute could.
        await using var factory = new ApiFactory(database, settings: new Dictionary<string, string?>
        {
            ["RateLimit:PermitsPerWindow"] = "3",
            ["RateLimit:AnonymousPermitsPerWindow"] = "2",
            ["RateLimit:WindowSeconds"] = "86400",
        });
        var (first, _, _) = await factory.NewOrganizationAsync();
        var (second, _, _) = await factory.NewOrganizationAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/v1/submissions")).StatusCode);
        }

        var limited = await first.GetAsync("/v1/submissions");
        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, "rate-limited", "Authorization");
        Assert.InRange(limited.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/v1/submissions")).StatusCode);

        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/v1/units")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/v1/units")).StatusCode);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/v1/units"), HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task With_rate_limiting_off_no_window_is_counted()
    {
        await using var factory = new ApiFactory(database, settings: new Dictionary<string, string?>
        {
            ["RateLimit:Enabled"] = "false",
            ["RateLimit:AnonymousPermitsPerWindow"] = "1",
            ["RateLimit:WindowSeconds"] = "86400",
        });
        var anonymous = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/v1/units")).StatusCode);
        }
    }

    [Fact]
    public async Task Compute_can_require_a_key()
    {
        await using var factory = new ApiFactory(database, settings: new Dictionary<string, string?> { ["Auth:RequireKeyForCompute"] = "true" });
        await ProblemAssert.IsProblemAsync(await factory.CreateClient().PostAsync("/v1/calculations", Wire.Body("{}")), HttpStatusCode.Unauthorized, "missing-api-key", "Authorization");
        var (client, _, _) = await factory.NewOrganizationAsync(Emissions.Storage.ApiKeyRole.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v1/calculations", Wire.Body("{}"))).StatusCode);
    }

    public void Dispose() => database.Dispose();
}
