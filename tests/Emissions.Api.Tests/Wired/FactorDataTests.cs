using System.Net;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Wired;

/// <summary>The factor endpoints and health over the repository's factors/, as the service loads them at start-up.</summary>
public sealed class FactorDataTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private HttpClient Client => fixture.Factory.CreateClient();

    [Fact]
    public async Task Readiness_reports_the_database_and_every_shipped_set_loaded()
    {
        var health = await Wire.ReadAsync(await Client.GetAsync("/readyz"));
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.True(health.GetProperty("factors").GetProperty("loaded").GetBoolean());
        Assert.Equal(Repository.Factors.Sets.Count, health.GetProperty("factors").GetProperty("sets").GetInt32());
    }

    [Fact]
    public async Task Factor_sets_are_the_shipped_sets_with_their_content_hashes()
    {
        var list = await Wire.ReadAsync(await Client.GetAsync("/v1/factor-sets"));
        var sets = list.GetProperty("sets").EnumerateArray().ToList();
        Assert.Equal(Repository.Factors.Sets.Select(s => s.Id), sets.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(Repository.Factors.Sets.Select(s => s.ContentHash), sets.Select(s => s.GetProperty("contentHash").GetString()));
        Assert.All(sets, s => Assert.Equal("shipped", s.GetProperty("source").GetString()));
        Assert.Contains(sets, s => s.GetProperty("id").GetString() == "cn-2020" && s.GetProperty("reportingYear").GetInt32() == 2020);
    }

    [Fact]
    public async Task A_factor_set_shows_its_conventions_editions_with_provenance_and_factor_ids()
    {
        var shipped = Repository.Factors.GetSet("cn-2020");
        var set = await Wire.ReadAsync(await Client.GetAsync("/v1/factor-sets/cn-2020"));
        Assert.Equal(shipped.ContentHash, set.GetProperty("contentHash").GetString());
        Assert.Equal("cn", set.GetProperty("method").GetString());
        Assert.Equal("AR5", set.GetProperty("gwp").GetString());
        Assert.Equal("oil-field", set.GetProperty("naturalGasRow").GetString());
        Assert.Equal("location-average", set.GetProperty("electricityLocationBasis").GetString());
        Assert.True(set.GetProperty("fallbacks").GetProperty("regionToNational").GetBoolean());
        var editions = set.GetProperty("editions").EnumerateArray().ToList();
        Assert.Equal(shipped.Editions, editions.Select(e => e.GetProperty("path").GetString()));
        Assert.All(editions, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("title").GetString())));
        Assert.Equal(shipped.Factors.Select(f => f.Id), set.GetProperty("factors").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("cn-mee/electricity/2021:national", set.GetProperty("factors").EnumerateArray().Select(f => f.GetString()));
        Assert.NotEqual(0, set.GetProperty("blends").GetArrayLength());
    }

    [Fact]
    public async Task A_factor_is_served_as_published()
    {
        var factor = await Wire.ReadAsync(await Client.GetAsync("/v1/factors/cn-mee/electricity/2021:national"));
        Assert.Equal("0.5568", factor.GetProperty("value").GetString());
        Assert.Equal("tCO2/MWh", factor.GetProperty("unit").GetString());
        Assert.Equal("emission-factor", factor.GetProperty("parameter").GetString());
        Assert.Equal("location-average", factor.GetProperty("basis").GetString());
        Assert.Equal("CN", factor.GetProperty("applicability").GetProperty("region").GetString());
        Assert.Equal(2021, factor.GetProperty("applicability").GetProperty("dataYear").GetInt32());
        Assert.Equal("cn-mee/electricity/2021", factor.GetProperty("edition").GetString());
        Assert.Contains("MEE/NBS", factor.GetProperty("source").GetString(), StringComparison.Ordinal);

        // Every shipped factor is reachable by its id (ids contain '/' and ':').
        foreach (var shipped in Repository.Factors.Factors.Where((_, i) => i % 10 == 0))
        {
            var served = await Wire.ReadAsync(await Client.GetAsync("/v1/factors/" + shipped.Id));
            Assert.Equal(shipped.Id, served.GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Unknown_sets_and_factors_are_404_naming_the_id()
    {
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/v1/factor-sets/cn-1999"), HttpStatusCode.NotFound, "not-found", "id");
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/v1/factors/cn-mee/electricity/2021:atlantis"), HttpStatusCode.NotFound, "not-found", "id");
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/v1/factor-sets/cn-2020?version=1"), HttpStatusCode.NotFound, "not-found", "id");
    }
}
