using System.Net;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;

namespace Emissions.Api.Tests.Stored;

/// <summary>
/// One organisation's stored data does not exist for another's keys: 404 (never 403) on every
/// endpoint that takes an id, absent from every list, unusable by name. Run against both databases.
/// </summary>
public abstract class TenantIsolationContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private ApiFactory Factory => fixture.Factory;

    [DatabaseFact]
    public async Task Get_submission_of_another_organisation_is_404()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        var id = await CreateAsync(owner);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/v1/submissions/{id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/v1/submissions/{id}"), HttpStatusCode.NotFound, "not-found", "id");
    }

    [DatabaseFact]
    public async Task Get_revisions_of_another_organisation_is_404()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        var id = await CreateAsync(owner);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/v1/submissions/{id}/revisions"), HttpStatusCode.NotFound, "not-found", "id");
    }

    [DatabaseFact]
    public async Task Get_revision_n_of_another_organisation_is_404()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        var id = await CreateAsync(owner);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/v1/submissions/{id}/revisions/1"), HttpStatusCode.NotFound, "not-found");
    }

    [DatabaseFact]
    public async Task Get_results_of_another_organisation_is_404()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        var id = await CreateAsync(owner);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/v1/submissions/{id}/results")).StatusCode);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/v1/submissions/{id}/results"), HttpStatusCode.NotFound, "not-found", "id");
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/v1/submissions/{id}/results?revision=1"), HttpStatusCode.NotFound, "not-found");
    }

    [DatabaseFact]
    public async Task Put_to_another_organisations_submission_is_404_and_adds_nothing()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        var id = await CreateAsync(owner);
        await ProblemAssert.IsProblemAsync(await stranger.PutAsync($"/v1/submissions/{id}", Wire.Body(Wire.Submission())), HttpStatusCode.NotFound, "not-found", "id");

        // Even a body that would be refused is answered 404 first: a stranger learns nothing from the difference.
        await ProblemAssert.IsProblemAsync(await stranger.PutAsync($"/v1/submissions/{id}", Wire.Body("{")), HttpStatusCode.NotFound, "not-found", "id");
        var revisions = await Wire.ReadAsync(await owner.GetAsync($"/v1/submissions/{id}/revisions"));
        Assert.Equal(1, revisions.GetProperty("revisions").GetArrayLength());
    }

    [DatabaseFact]
    public async Task List_shows_only_the_callers_submissions()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        var id = await CreateAsync(owner);
        var mine = await Wire.ReadAsync(await owner.GetAsync("/v1/submissions?period=2020"));
        Assert.Contains(mine.GetProperty("submissions").EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        var theirs = await Wire.ReadAsync(await stranger.GetAsync("/v1/submissions?period=2020"));
        Assert.Equal(0, theirs.GetProperty("submissions").GetArrayLength());
        var paged = await Wire.ReadAsync(await stranger.GetAsync("/v1/submissions?after=00000000000000000000000000000000"));
        Assert.Equal(0, paged.GetProperty("submissions").GetArrayLength());
    }

    [DatabaseFact]
    public async Task Get_custom_factor_set_of_another_organisation_is_404()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        await CreateSetAsync(owner, "private-set");
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/v1/factor-sets/private-set")).StatusCode);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync("/v1/factor-sets/private-set"), HttpStatusCode.NotFound, "not-found", "id");
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync("/v1/factor-sets/private-set?version=1"), HttpStatusCode.NotFound, "not-found", "id");
        await ProblemAssert.IsProblemAsync(await Factory.CreateClient().GetAsync("/v1/factor-sets/private-set"), HttpStatusCode.NotFound, "not-found", "id");
    }

    [DatabaseFact]
    public async Task Factor_set_list_shows_only_the_callers_custom_sets()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        await CreateSetAsync(owner, "listed-set");
        var mine = await Wire.ReadAsync(await owner.GetAsync("/v1/factor-sets"));
        Assert.Contains(mine.GetProperty("sets").EnumerateArray(), s => s.GetProperty("id").GetString() == "listed-set");
        foreach (var client in new[] { stranger, Factory.CreateClient() })
        {
            var theirs = await Wire.ReadAsync(await client.GetAsync("/v1/factor-sets"));
            Assert.DoesNotContain(theirs.GetProperty("sets").EnumerateArray(), s => s.GetProperty("id").GetString() == "listed-set");
            Assert.Contains(theirs.GetProperty("sets").EnumerateArray(), s => s.GetProperty("id").GetString() == "test-2020");
        }
    }

    [DatabaseFact]
    public async Task Submissions_cannot_name_another_organisations_custom_set()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        await CreateSetAsync(owner, "owners-set");
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(factorSet: "owners-set")))).StatusCode);
        await ProblemAssert.IsProblemAsync(
            await stranger.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(factorSet: "owners-set"))),
            HttpStatusCode.UnprocessableEntity, "unknown-factor-set", "$.factorSet");
    }

    [DatabaseFact]
    public async Task Compute_requests_cannot_name_another_organisations_custom_set()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        await CreateSetAsync(owner, "compute-set");
        var body = """{"factorSet": "compute-set", "electricity": "10"}""";
        var own = await Wire.ReadAsync(await owner.PostAsync("/v1/calculations", Wire.Body(body)));
        Assert.Equal("compute-set", own.GetProperty("factorSet").GetProperty("id").GetString());
        await ProblemAssert.IsProblemAsync(await stranger.PostAsync("/v1/calculations", Wire.Body(body)), HttpStatusCode.UnprocessableEntity, "unknown-factor-set", "$.factorSet");
        await ProblemAssert.IsProblemAsync(await Factory.CreateClient().PostAsync("/v1/calculations", Wire.Body(body)), HttpStatusCode.UnprocessableEntity, "unknown-factor-set", "$.factorSet");
        await ProblemAssert.IsProblemAsync(
            await stranger.PostAsync("/v1/checks", Wire.Body("""{"options": {"factorSet": "compute-set"}}""")),
            HttpStatusCode.UnprocessableEntity, "unknown-factor-set", "$.options.factorSet");
    }

    [DatabaseFact]
    public async Task Two_organisations_may_use_the_same_custom_set_id_independently()
    {
        var (owner, stranger) = await TwoOrganizationsAsync();
        await CreateSetAsync(owner, "shared-name", "Owner's");
        await CreateSetAsync(stranger, "shared-name", "Stranger's");
        var ownerView = await Wire.ReadAsync(await owner.GetAsync("/v1/factor-sets/shared-name"));
        var strangerView = await Wire.ReadAsync(await stranger.GetAsync("/v1/factor-sets/shared-name"));
        Assert.Equal("Owner's", ownerView.GetProperty("title").GetString());
        Assert.Equal("Stranger's", strangerView.GetProperty("title").GetString());
        Assert.Equal(1, strangerView.GetProperty("version").GetInt32());
    }

    [DatabaseFact]
    public async Task An_auditor_of_another_organisation_sees_nothing_either()
    {
        var (owner, _) = await TwoOrganizationsAsync();
        var id = await CreateAsync(owner);
        var auditor = Factory.ClientWithKey(await Factory.CreateKeyAsync("org-" + Guid.NewGuid().ToString("N")[..12], ApiKeyRole.Auditor));
        await ProblemAssert.IsProblemAsync(await auditor.GetAsync($"/v1/submissions/{id}"), HttpStatusCode.NotFound, "not-found", "id");
        await ProblemAssert.IsProblemAsync(await auditor.GetAsync($"/v1/submissions/{id}/results"), HttpStatusCode.NotFound, "not-found", "id");
    }

    private async Task<(HttpClient Owner, HttpClient Stranger)> TwoOrganizationsAsync()
    {
        var (owner, _, _) = await Factory.NewOrganizationAsync();
        var (stranger, _, _) = await Factory.NewOrganizationAsync();
        return (owner, stranger);
    }

    private static async Task<string> CreateAsync(HttpClient client) =>
        (await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission())))).GetProperty("id").GetString()!;

    private static async Task CreateSetAsync(HttpClient client, string id, string title = "Custom") =>
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/v1/factor-sets", Wire.Body($$"""{"id": "{{id}}", "title": "{{title}}"}"""))).StatusCode);
}

public sealed class SqliteTenantIsolationTests(SqliteApiFixture fixture) : TenantIsolationContract<SqliteApiFixture>(fixture);

[RequiresPostgres]
public sealed class PostgresTenantIsolationTests(PostgresApiFixture fixture) : TenantIsolationContract<PostgresApiFixture>(fixture);
