using System.Net;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;
using Emissions.Storage;

namespace Emissions.Api.Tests.Hostile;

/// <summary>Keys expire and can be revoked (by an admin over HTTP or with `emissions keys revoke`); their last use is recorded.</summary>
public sealed class KeyLifecycleTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    [Fact]
    public async Task An_admin_revokes_a_key_which_then_answers_401_and_the_list_shows_it()
    {
        var org = "rotate-" + Guid.NewGuid().ToString("N")[..8];
        var admin = fixture.Factory.ClientWithKey(await fixture.Factory.CreateKeyAsync(org, ApiKeyRole.Admin));
        var oldKey = await fixture.Factory.CreateKeyAsync(org);
        var newKey = await fixture.Factory.CreateKeyAsync(org);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.ClientWithKey(oldKey).GetAsync("/v1/submissions")).StatusCode);

        var revoked = await admin.DeleteAsync($"/v1/keys/{ApiKeys.PrefixOf(oldKey)}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        var refused = await fixture.Factory.ClientWithKey(oldKey).GetAsync("/v1/submissions");
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized, "invalid-api-key", "Authorization");
        Assert.Contains("was revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.ClientWithKey(newKey).GetAsync("/v1/submissions")).StatusCode);

        var keys = (await Wire.ReadAsync(await admin.GetAsync("/v1/keys"))).GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal(3, keys.Count);
        var old = keys.Single(k => k.GetProperty("prefix").GetString() == ApiKeys.PrefixOf(oldKey));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, old.GetProperty("revokedAt").ValueKind);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, old.GetProperty("lastUsedAt").ValueKind);
        Assert.DoesNotContain(keys, k => k.TryGetProperty("keyHash", out _));
    }

    [Fact]
    public async Task Revoking_an_unknown_or_already_revoked_prefix_is_404_and_only_admins_may()
    {
        var org = "revoke-" + Guid.NewGuid().ToString("N")[..8];
        var admin = fixture.Factory.ClientWithKey(await fixture.Factory.CreateKeyAsync(org, ApiKeyRole.Admin));
        var submitter = await fixture.Factory.CreateKeyAsync(org);

        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync("/v1/keys/em_nothere"), HttpStatusCode.NotFound, "not-found", "prefix");
        var forbidden = await ProblemAssert.IsProblemAsync(await fixture.Factory.ClientWithKey(submitter).GetAsync("/v1/keys"), HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal("a key with role admin", forbidden.GetProperty("expected").GetString());

        // Another organisation's admin cannot see or revoke this organisation's key.
        var stranger = fixture.Factory.ClientWithKey(await fixture.Factory.CreateKeyAsync("other-" + org, ApiKeyRole.Admin));
        await ProblemAssert.IsProblemAsync(await stranger.DeleteAsync($"/v1/keys/{ApiKeys.PrefixOf(submitter)}"), HttpStatusCode.NotFound, "not-found", "prefix");
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.ClientWithKey(submitter).GetAsync("/v1/submissions")).StatusCode);
    }

    [Fact]
    public async Task An_expired_key_answers_401_naming_its_expiry()
    {
        var key = ApiKeys.Generate();
        await fixture.Factory.Store.InsertKeyAsync(new ApiKeyRecord(ApiKeys.Hash(key), ApiKeys.PrefixOf(key), "expiring", ApiKeyRole.Submitter,
            DateTimeOffset.UtcNow.AddDays(-2)) { ExpiresAt = DateTimeOffset.UtcNow.AddDays(-1) });

        var response = await fixture.Factory.ClientWithKey(key).GetAsync("/v1/units");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "invalid-api-key", "Authorization");
        Assert.Contains("expired at", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
