using System.Net;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Stored;

/// <summary>
/// Idempotency-Key on POST /v1/submissions and PUT revisions, against SQLite and PostgreSQL: the same key and body
/// answer the first receipt again and store nothing new; the same key with another body or target is 422.
/// </summary>
public abstract class IdempotencyContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    private ApiFactory Factory => fixture.Factory;

    private static HttpRequestMessage Request(HttpMethod method, string path, string body, string? key)
    {
        var request = new HttpRequestMessage(method, path) { Content = Wire.Body(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return request;
    }

    [DatabaseFact]
    public async Task A_retried_post_answers_the_first_receipt_and_stores_one_submission()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var body = Wire.Submission(document: """{"electricity": "1000"}""");

        using var first = Request(HttpMethod.Post, "/v1/submissions", body, "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
        var created = await client.SendAsync(first);
        using var retry = Request(HttpMethod.Post, "/v1/submissions", body, "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
        var again = await client.SendAsync(retry);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(created.Headers.Location, again.Headers.Location);
        Assert.Equal(await created.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        var list = await Wire.ReadAsync(await client.GetAsync("/v1/submissions"));
        Assert.Single(list.GetProperty("submissions").EnumerateArray());
    }

    [DatabaseFact]
    public async Task The_same_key_with_another_body_is_422_and_stores_nothing()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        using var first = Request(HttpMethod.Post, "/v1/submissions", Wire.Submission(document: """{"electricity": "1000"}"""), "k-1");
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(first)).StatusCode);

        using var other = Request(HttpMethod.Post, "/v1/submissions", Wire.Submission(document: """{"electricity": "2000"}"""), "k-1");
        var response = await client.SendAsync(other);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "idempotency-key-reused", "Idempotency-Key");
        var list = await Wire.ReadAsync(await client.GetAsync("/v1/submissions"));
        Assert.Single(list.GetProperty("submissions").EnumerateArray());
    }

    [DatabaseFact]
    public async Task A_retried_revision_is_stored_once_and_keys_belong_to_their_organisation()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var created = await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission())));
        var id = created.GetProperty("id").GetString()!;
        var revision = Wire.Submission(document: """{"electricity": "1500"}""");

        using var put = Request(HttpMethod.Put, $"/v1/submissions/{id}", revision, "rev-2");
        var first = await Wire.ReadAsync(await client.SendAsync(put));
        using var retry = Request(HttpMethod.Put, $"/v1/submissions/{id}", revision, "rev-2");
        var again = await Wire.ReadAsync(await client.SendAsync(retry));

        Assert.Equal(2, first.GetProperty("revision").GetInt32());
        Assert.Equal(2, again.GetProperty("revision").GetInt32());
        Assert.Equal(2, (await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/revisions"))).GetProperty("revisions").GetArrayLength());

        // Another organisation's client may use the same key for its own write.
        var (stranger, _, _) = await Factory.NewOrganizationAsync();
        using var theirs = Request(HttpMethod.Post, "/v1/submissions", revision, "rev-2");
        Assert.Equal(HttpStatusCode.Created, (await stranger.SendAsync(theirs)).StatusCode);
    }

    [DatabaseFact]
    public async Task A_malformed_key_is_400_naming_the_header()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        using var request = Request(HttpMethod.Post, "/v1/submissions", Wire.Submission(), "has space");

        await ProblemAssert.IsProblemAsync(await client.SendAsync(request), HttpStatusCode.BadRequest, "invalid-parameter", "Idempotency-Key");
    }
}

public sealed class SqliteIdempotencyTests(SqliteApiFixture fixture) : IdempotencyContract<SqliteApiFixture>(fixture);

[RequiresPostgres]
public sealed class PostgresIdempotencyTests(PostgresApiFixture fixture) : IdempotencyContract<PostgresApiFixture>(fixture);
