using System.Net;
using System.Net.Http.Headers;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Hostile;

/// <summary>A presented key must be valid everywhere, and a request carries at most one key.</summary>
public sealed class PresentedKeyTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    [Theory]
    [InlineData("/v1/units")]
    [InlineData("/v1/metrics")]
    [InlineData("/healthz")]
    public async Task A_wrong_key_on_a_public_endpoint_is_401(string path)
    {
        var client = fixture.Factory.ClientWithKey("em_not-a-key-of-this-service");

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "invalid-api-key", "Authorization");
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_wrong_key_on_a_calculation_is_401_not_anonymous()
    {
        var client = fixture.Factory.ClientWithKey("em_not-a-key-of-this-service");

        var response = await client.PostAsync("/v1/checks", Wire.Body("""{"figures": [{"id": "a", "value": "1 MWh"}]}"""));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "invalid-api-key", "Authorization");
    }

    [Fact]
    public async Task Two_different_keys_are_400_and_the_same_key_twice_is_accepted()
    {
        var first = await fixture.Factory.CreateKeyAsync("keys-org");
        var second = await fixture.Factory.CreateKeyAsync("keys-org");

        using var conflicting = new HttpRequestMessage(HttpMethod.Get, "/v1/submissions");
        conflicting.Headers.Authorization = new AuthenticationHeaderValue("Bearer", first);
        conflicting.Headers.Add("X-Api-Key", second);
        var response = await fixture.Factory.CreateClient().SendAsync(conflicting);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "conflicting-api-keys", "X-Api-Key");

        using var same = new HttpRequestMessage(HttpMethod.Get, "/v1/submissions");
        same.Headers.Authorization = new AuthenticationHeaderValue("Bearer", first);
        same.Headers.Add("X-Api-Key", first);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.CreateClient().SendAsync(same)).StatusCode);
    }
}
