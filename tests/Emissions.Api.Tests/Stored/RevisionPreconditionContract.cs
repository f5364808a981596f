using System.Net;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Stored;

/// <summary>
/// If-Match and If-None-Match on PUT /v1/submissions/{id}: submissions carry no entity tags, so a tag never matches and
/// If-None-Match: * never holds on an existing submission. A condition that does not hold is 412 naming the header, and
/// the submission's revisions are as they were (they used to be ignored, and the revision stored).
/// </summary>
public abstract class RevisionPreconditionContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private ApiFactory Factory => fixture.Factory;

    private static HttpRequestMessage Put(string id, string header, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/v1/submissions/{id}") { Content = Wire.Body(Wire.Submission(document: """{"electricity": "2000"}""")) };
        request.Headers.TryAddWithoutValidation(header, value);
        return request;
    }

    private static async Task<string> CreateAsync(HttpClient client)
    {
        var created = await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(document: """{"electricity": "1000"}"""))));
        return created.GetProperty("id").GetString()!;
    }

    private const string IfMatchExpected = "no If-Match, or If-Match: * (a PUT adds a revision and never overwrites one)";

    [DatabaseFact]
    public Task An_entity_tag_in_If_Match_is_412_and_stores_no_revision() => RefusedAsync("If-Match", "\"3\"", IfMatchExpected);

    [DatabaseFact]
    public Task A_list_of_entity_tags_in_If_Match_is_412_and_stores_no_revision() => RefusedAsync("If-Match", "W/\"abc\",\"def\"", IfMatchExpected);

    [DatabaseFact]
    public Task If_None_Match_any_on_an_existing_submission_is_412_and_stores_no_revision() =>
        RefusedAsync("If-None-Match", "*", "no If-None-Match: * on an existing submission (POST /v1/submissions creates a new one)");

    [DatabaseFact]
    public Task If_Match_any_holds_for_an_existing_submission() => AcceptedAsync("If-Match", "*");

    [DatabaseFact]
    public Task An_entity_tag_in_If_None_Match_holds() => AcceptedAsync("If-None-Match", "\"3\"");

    private async Task RefusedAsync(string header, string value, string expected)
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var id = await CreateAsync(client);
        var before = await (await client.GetAsync($"/v1/submissions/{id}/revisions")).Content.ReadAsStringAsync();

        using var put = Put(id, header, value);
        var problem = await ProblemAssert.IsProblemAsync(await client.SendAsync(put), HttpStatusCode.PreconditionFailed, "precondition-failed", header);

        Assert.Equal((value, expected), (problem.GetProperty("value").GetString(), problem.GetProperty("expected").GetString()));
        Assert.Equal(before, await (await client.GetAsync($"/v1/submissions/{id}/revisions")).Content.ReadAsStringAsync());
    }

    private async Task AcceptedAsync(string header, string value)
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var id = await CreateAsync(client);

        using var put = Put(id, header, value);
        var receipt = await Wire.ReadAsync(await client.SendAsync(put));

        Assert.Equal(2, receipt.GetProperty("revision").GetInt32());
    }
}

public sealed class SqliteRevisionPreconditionTests(SqliteApiFixture fixture) : RevisionPreconditionContract<SqliteApiFixture>(fixture);

[RequiresPostgres]
public sealed class PostgresRevisionPreconditionTests(PostgresApiFixture fixture) : RevisionPreconditionContract<PostgresApiFixture>(fixture);
