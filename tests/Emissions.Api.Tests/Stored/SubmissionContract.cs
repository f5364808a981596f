using System.Net;
using System.Text.Json;
using Emissions.Api.Json;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;

namespace Emissions.Api.Tests.Stored;

/// <summary>Stored submissions, run against SQLite and PostgreSQL alike (see the two subclasses at the end).</summary>
public abstract class SubmissionContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected ApiFactory Factory => fixture.Factory;

    // Writers of one organisation serialise on its lock, each holding a database connection while it waits. Two hundred
    // at once would queue a hundred more for a connection of PostgreSQL's pool (Npgsql's default of 100, its 15 s wait;
    // the connection string sets no pool size), and a loaded machine fails them with a pool timeout, which is not what
    // these tests are about. Sixteen at a time still race for every revision number while leaving connections to spare.
    private const int Writers = 16;

    /// <summary>Runs <paramref name="write"/> for 0 … <paramref name="count"/> − 1, <see cref="Writers"/> at a time; the answers in order.</summary>
    private static async Task<T[]> ConcurrentlyAsync<T>(int count, Func<int, Task<T>> write)
    {
        var answers = new T[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Writers },
            async (i, _) => answers[i] = await write(i));
        return answers;
    }

    [DatabaseFact]
    public async Task Post_stores_revision_1_with_the_canonical_content_hash_and_the_pinned_set()
    {
        var (client, org, _) = await Factory.NewOrganizationAsync();
        var response = await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(document: """{ "electricity": "1000", "b": [1.50, "万吨"] }""")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await Wire.ReadAsync(response);
        var id = receipt.GetProperty("id").GetString()!;
        Assert.Equal($"/v1/submissions/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(1, receipt.GetProperty("revision").GetInt32());
        Assert.Equal(org, receipt.GetProperty("organization").GetString());
        Assert.Equal("inputs", receipt.GetProperty("kind").GetString());
        Assert.Equal("2020", receipt.GetProperty("period").GetString());
        Assert.Equal(CanonicalJson.Hash("""{"b":[1.50,"万吨"],"electricity":"1000"}"""), receipt.GetProperty("contentHash").GetString());
        Assert.Equal("test-2020", receipt.GetProperty("factorSet").GetProperty("id").GetString());
        Assert.Equal("hash-test-2020", receipt.GetProperty("factorSet").GetProperty("contentHash").GetString());

        var stored = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}"));
        Assert.Equal("""{"b":[1.50,"万吨"],"electricity":"1000"}""", stored.GetProperty("document").GetRawText().Replace(" ", "", StringComparison.Ordinal));
    }

    [DatabaseFact]
    public async Task The_same_document_in_another_member_order_has_the_same_content_hash()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var first = await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(document: """{"a": 1, "b": {"c": "x", "d": 2.0}}"""))));
        var second = await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(document: """{ "b" : { "d" : 2.0, "c" : "x" }, "a" : 1 }"""))));
        var third = await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(document: """{"a": 1, "b": {"c": "x", "d": 2}}"""))));
        Assert.Equal(first.GetProperty("contentHash").GetString(), second.GetProperty("contentHash").GetString());
        Assert.NotEqual(first.GetProperty("contentHash").GetString(), third.GetProperty("contentHash").GetString());
    }

    [DatabaseFact]
    public async Task Put_adds_revisions_and_earlier_revisions_stay_as_they_were()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var id = (await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(document: """{"electricity": "1000"}"""))))).GetProperty("id").GetString()!;
        var second = await client.PutAsync($"/v1/submissions/{id}", Wire.Body(Wire.Submission(document: """{"electricity": "2000"}""")));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal($"/v1/submissions/{id}/revisions/2", second.Headers.Location?.OriginalString);
        await client.PutAsync($"/v1/submissions/{id}", Wire.Body(Wire.Submission(period: "2020-restated", document: """{"electricity": "3000"}""")));

        var latest = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}"));
        Assert.Equal(3, latest.GetProperty("revision").GetInt32());
        Assert.Equal("2020-restated", latest.GetProperty("period").GetString());
        var first = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/revisions/1"));
        Assert.Equal("1000", first.GetProperty("document").GetProperty("electricity").GetString());
        var list = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/revisions"));
        Assert.Equal([1, 2, 3], list.GetProperty("revisions").EnumerateArray().Select(r => r.GetProperty("revision").GetInt32()));
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/v1/submissions/{id}/revisions/4"), HttpStatusCode.NotFound, "not-found", "n");
    }

    [DatabaseFact]
    public async Task List_filters_by_the_latest_revisions_period_and_pages()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var ids = new List<string>();
        foreach (var period in new[] { "2020", "2021", "2020" })
        {
            ids.Add((await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(period: period))))).GetProperty("id").GetString()!);
        }

        await client.PutAsync($"/v1/submissions/{ids[2]}", Wire.Body(Wire.Submission(period: "2022")));

        var in2020 = await Wire.ReadAsync(await client.GetAsync("/v1/submissions?period=2020"));
        Assert.Equal([ids[0]], in2020.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var all = await Wire.ReadAsync(await client.GetAsync("/v1/submissions"));
        Assert.Equal(ids, all.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(2, all.GetProperty("submissions")[2].GetProperty("revision").GetInt32());

        var page1 = await Wire.ReadAsync(await client.GetAsync("/v1/submissions?limit=2"));
        Assert.Equal(2, page1.GetProperty("submissions").GetArrayLength());
        var next = page1.GetProperty("next").GetString();
        var page2 = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions?limit=2&after={next}"));
        Assert.Equal([ids[2]], page2.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.False(page2.TryGetProperty("next", out _));
    }

    [DatabaseFact]
    public async Task Results_are_recomputed_with_the_factor_set_pinned_at_submission()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var id = (await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(document: """{"electricity": "1000"}"""))))).GetProperty("id").GetString()!;
        await client.PutAsync($"/v1/submissions/{id}", Wire.Body(Wire.Submission(factorSet: "test-2021", document: """{"electricity": "2000"}""")));

        var latest = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/results"));
        Assert.Equal(2, latest.GetProperty("revision").GetInt32());
        Assert.Equal("1162.0000", latest.GetProperty("result").GetProperty("metrics")[0].GetProperty("value").GetString());
        Assert.Equal("test-2021", latest.GetProperty("factorSet").GetProperty("id").GetString());
        Assert.Equal("test-2021", latest.GetProperty("result").GetProperty("factorSet").GetProperty("id").GetString());

        var first = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/results?revision=1"));
        Assert.Equal("581.0000", first.GetProperty("result").GetProperty("metrics")[0].GetProperty("value").GetString());
        Assert.Equal("hash-test-2020", first.GetProperty("result").GetProperty("factorSet").GetProperty("contentHash").GetString());

        var csv = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/v1/submissions/{id}/results?revision=1") { Headers = { { "Accept", "text/csv" } } });
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("metric,value,unit\r\nghg.scope2,581.0000,tCO2\r\nnote,\"a, \"\"quoted\"\" cell\",\r\n", await csv.Content.ReadAsStringAsync());
    }

    [DatabaseFact]
    public async Task Results_refuse_to_recompute_when_the_pinned_set_no_longer_has_its_hash()
    {
        var (client, org, key) = await Factory.NewOrganizationAsync();
        var id = (await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission())))).GetProperty("id").GetString()!;
        await using var edited = new ApiFactory(fixture.Database, catalog: TestFactors.EditedCatalog());
        var response = await edited.ClientWithKey(key).GetAsync($"/v1/submissions/{id}/results");
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "factor-set-changed", "factorSet");
        Assert.Contains("hash-test-2020", problem.GetProperty("expected").GetString(), StringComparison.Ordinal);
        Assert.NotNull(org);
    }

    [DatabaseFact]
    public async Task A_revision_cannot_change_the_kind()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var id = (await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission())))).GetProperty("id").GetString()!;
        var response = await client.PutAsync($"/v1/submissions/{id}", Wire.Body(Wire.Submission(kind: "report", factorSet: null, document: "{}")));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "kind-mismatch", "$.kind");
    }

    [DatabaseFact]
    public async Task A_module_error_in_the_document_names_its_path_under_document_and_stores_nothing()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var response = await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(document: """{"bad": "MWhh"}""")));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "unknown-unit", "$.document.bad");
        Assert.StartsWith("$.document.bad: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var list = await Wire.ReadAsync(await client.GetAsync("/v1/submissions"));
        Assert.Equal(0, list.GetProperty("submissions").GetArrayLength());
    }

    [DatabaseFact]
    public async Task The_database_itself_refuses_to_update_or_delete_revisions()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var id = (await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission())))).GetProperty("id").GetString()!;
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => fixture.Database.ExecuteAsync($"UPDATE submission_revisions SET period = 'x' WHERE submission_id = '{id}'"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => fixture.Database.ExecuteAsync($"DELETE FROM submission_revisions WHERE submission_id = '{id}'"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => fixture.Database.ExecuteAsync($"DELETE FROM submissions WHERE submission_id = '{id}'"));
        var stored = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}"));
        Assert.Equal("2020", stored.GetProperty("period").GetString());
    }

    [DatabaseFact]
    public async Task Custom_factor_sets_have_immutable_versions_and_submissions_pin_the_version()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var v1 = await client.PostAsync("/v1/factor-sets", Wire.Body("""{"id": "acme-2020", "title": "Acme v1", "base": "test-2020"}"""));
        Assert.Equal(HttpStatusCode.Created, v1.StatusCode);
        Assert.Equal("/v1/factor-sets/acme-2020?version=1", v1.Headers.Location?.OriginalString);
        var v1Hash = (await Wire.ReadAsync(v1)).GetProperty("contentHash").GetString();
        var id = (await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(factorSet: "acme-2020"))))).GetProperty("id").GetString()!;

        var v2 = await Wire.ReadAsync(await client.PostAsync("/v1/factor-sets", Wire.Body("""{"id": "acme-2020", "title": "Acme v2", "base": "test-2021"}""")));
        Assert.Equal(2, v2.GetProperty("version").GetInt32());

        var latest = await Wire.ReadAsync(await client.GetAsync("/v1/factor-sets/acme-2020"));
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        Assert.Equal("custom", latest.GetProperty("source").GetString());
        var old = await Wire.ReadAsync(await client.GetAsync("/v1/factor-sets/acme-2020?version=1"));
        Assert.Equal("Acme v1", old.GetProperty("title").GetString());

        var results = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/results"));
        Assert.Equal(1, results.GetProperty("factorSet").GetProperty("version").GetInt32());
        Assert.Equal(v1Hash, results.GetProperty("result").GetProperty("factorSet").GetProperty("contentHash").GetString());

        var sets = await Wire.ReadAsync(await client.GetAsync("/v1/factor-sets"));
        Assert.Contains(sets.GetProperty("sets").EnumerateArray(), s => s.GetProperty("id").GetString() == "acme-2020" && s.GetProperty("version").GetInt32() == 2);
    }

    [DatabaseFact]
    public async Task Auditors_read_their_organisation_but_cannot_write()
    {
        var (submitter, org, _) = await Factory.NewOrganizationAsync();
        var auditor = Factory.ClientWithKey(await Factory.CreateKeyAsync(org, ApiKeyRole.Auditor));
        var id = (await Wire.ReadAsync(await submitter.PostAsync("/v1/submissions", Wire.Body(Wire.Submission())))).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/v1/submissions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/v1/submissions/{id}/results")).StatusCode);
        await ProblemAssert.IsProblemAsync(await auditor.PutAsync($"/v1/submissions/{id}", Wire.Body(Wire.Submission())), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await auditor.PostAsync("/v1/submissions", Wire.Body(Wire.Submission())), HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssert.IsProblemAsync(await auditor.PostAsync("/v1/factor-sets", Wire.Body("""{"id": "x", "title": "x"}""")), HttpStatusCode.Forbidden, "forbidden");

        var admin = Factory.ClientWithKey(await Factory.CreateKeyAsync(org, ApiKeyRole.Admin));
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsync($"/v1/submissions/{id}", Wire.Body(Wire.Submission()))).StatusCode);
    }

    [DatabaseFact]
    public async Task Two_hundred_concurrent_revisions_are_all_stored_with_gapless_numbers()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var ids = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add((await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission())))).GetProperty("id").GetString()!);
        }

        var responses = await ConcurrentlyAsync(200, async i =>
        {
            var response = await client.PutAsync($"/v1/submissions/{ids[i % 10]}", Wire.Body(Wire.Submission(document: $$"""{"electricity": "{{i}}"}""")));
            return (Status: response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        });

        Assert.All(responses, r => Assert.True(r.Status == HttpStatusCode.Created, r.Body));
        var receipts = responses.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(200, receipts.Select(r => (r.GetProperty("id").GetString(), r.GetProperty("revision").GetInt32())).Distinct().Count());
        foreach (var id in ids)
        {
            var revisions = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/revisions"));
            Assert.Equal(Enumerable.Range(1, 21), revisions.GetProperty("revisions").EnumerateArray().Select(r => r.GetProperty("revision").GetInt32()));
        }

        // Every written document is stored exactly once.
        var documents = new HashSet<string>();
        foreach (var id in ids)
        {
            for (var n = 2; n <= 21; n++)
            {
                var revision = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/revisions/{n}"));
                Assert.True(documents.Add(revision.GetProperty("document").GetProperty("electricity").GetString()!));
            }
        }

        Assert.Equal(200, documents.Count);
    }

    [DatabaseFact]
    public async Task Two_hundred_concurrent_new_submissions_are_all_stored()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var responses = await ConcurrentlyAsync(200, i =>
            client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(period: "p" + (i % 4), document: $$"""{"electricity": "{{i}}"}"""))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var all = await Wire.ReadAsync(await client.GetAsync("/v1/submissions?limit=1000"));
        Assert.Equal(200, all.GetProperty("submissions").GetArrayLength());
        Assert.All(all.GetProperty("submissions").EnumerateArray(), s => Assert.Equal(1, s.GetProperty("revision").GetInt32()));
        var p1 = await Wire.ReadAsync(await client.GetAsync("/v1/submissions?period=p1"));
        Assert.Equal(50, p1.GetProperty("submissions").GetArrayLength());
    }

    [DatabaseFact]
    public async Task Documents_and_results_are_identical_after_a_restart()
    {
        // The real service: factor data loaded from factors/ at each start, results computed by Emissions.Core.
        var submission = $$"""{"kind": "inputs", "period": "2020", "document": {{Repository.KuaishouInputs}}}""";
        string key, id, document, results, csv;
        await using (var before = new ApiFactory(fixture.Database, Modules.Real))
        {
            var org = "org-" + Guid.NewGuid().ToString("N")[..12];
            key = await before.CreateKeyAsync(org);
            var client = before.ClientWithKey(key);
            id = (await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(submission)))).GetProperty("id").GetString()!;
            document = await (await client.GetAsync($"/v1/submissions/{id}")).Content.ReadAsStringAsync();
            results = await (await client.GetAsync($"/v1/submissions/{id}/results")).Content.ReadAsStringAsync();
            csv = await (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/v1/submissions/{id}/results") { Headers = { { "Accept", "text/csv" } } })).Content.ReadAsStringAsync();
        }

        await using var after = new ApiFactory(fixture.Database, Modules.Real);
        var again = after.ClientWithKey(key);
        Assert.Equal(document, await (await again.GetAsync($"/v1/submissions/{id}")).Content.ReadAsStringAsync());
        Assert.Equal(results, await (await again.GetAsync($"/v1/submissions/{id}/results")).Content.ReadAsStringAsync());
        Assert.Equal(csv, await (await again.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/v1/submissions/{id}/results") { Headers = { { "Accept", "text/csv" } } })).Content.ReadAsStringAsync());
        Assert.Contains("\"ghg.total.per-employee\",\"value\":\"32.29917670589329736266803107\"", results, StringComparison.Ordinal);
        Assert.Contains(Repository.Factors.GetSet("cn-2020").ContentHash, results, StringComparison.Ordinal);
        Assert.Contains("ghg.total.per-employee,,32.29917670589329736266803107,tCO2e/person", csv, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task Migrations_are_recorded_once_and_rerunning_them_changes_nothing()
    {
        await Factory.Store.MigrateAsync();
        await Factory.Store.MigrateAsync();
        Assert.Equal(Migrations.For(Factory.Store.Provider).Count, await Factory.Store.SchemaVersionAsync());
        var health = await Wire.ReadAsync(await Factory.CreateClient().GetAsync("/readyz"));
        Assert.Equal(fixture.Database.Provider, health.GetProperty("database").GetProperty("provider").GetString());
        Assert.Equal(Migrations.For(Factory.Store.Provider).Count, health.GetProperty("database").GetProperty("schemaVersion").GetInt32());
    }
}

public sealed class SqliteSubmissionTests(SqliteApiFixture fixture) : SubmissionContract<SqliteApiFixture>(fixture);

[RequiresPostgres]
public sealed class PostgresSubmissionTests(PostgresApiFixture fixture) : SubmissionContract<PostgresApiFixture>(fixture);
