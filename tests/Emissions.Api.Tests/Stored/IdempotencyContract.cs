using System.Net;
using System.Net.Http.Headers;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;

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
    public async Task The_same_key_sent_eight_times_at_once_stores_one_submission_and_answers_each_with_it()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var body = Wire.Submission(document: """{"electricity": "1250"}""");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var request = Request(HttpMethod.Post, "/v1/submissions", body, "concurrent-1");
            var response = await client.SendAsync(request);
            return (response.StatusCode, response.Headers.Location, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Location).Distinct());
        Assert.Single(responses.Select(r => r.Body).Distinct());
        var list = await Wire.ReadAsync(await client.GetAsync("/v1/submissions"));
        Assert.Single(list.GetProperty("submissions").EnumerateArray());
    }

    [DatabaseFact]
    public async Task The_same_revision_key_sent_eight_times_at_once_stores_one_revision()
    {
        var (client, _, _) = await Factory.NewOrganizationAsync();
        var id = (await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission())))).GetProperty("id").GetString()!;
        var revision = Wire.Submission(document: """{"electricity": "1750"}""");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var request = Request(HttpMethod.Put, $"/v1/submissions/{id}", revision, "concurrent-rev");
            var response = await client.SendAsync(request);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Body).Distinct());
        var revisions = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/revisions"));
        Assert.Equal(2, revisions.GetProperty("revisions").GetArrayLength());
    }

    [DatabaseFact]
    public async Task A_retry_after_an_answer_lost_between_commit_and_response_finds_the_stored_submission()
    {
        await using var faulty = Factory.WithFaultyStore(out var store);
        var key = ApiKeys.Generate();
        await store.InsertKeyAsync(new ApiKeyRecord(ApiKeys.Hash(key), ApiKeys.PrefixOf(key), "org-" + Guid.NewGuid().ToString("N")[..12], ApiKeyRole.Submitter, DateTimeOffset.UtcNow));
        using var client = faulty.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var body = Wire.Submission(document: """{"electricity": "3000"}""");

        store.Crashes = 1;
        using var first = Request(HttpMethod.Post, "/v1/submissions", body, "lost-answer");
        await Assert.ThrowsAnyAsync<Exception>(() => client.SendAsync(first));
        using var retry = Request(HttpMethod.Post, "/v1/submissions", body, "lost-answer");
        var again = await client.SendAsync(retry);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var list = await Wire.ReadAsync(await client.GetAsync("/v1/submissions"));
        var stored = Assert.Single(list.GetProperty("submissions").EnumerateArray());
        Assert.Equal($"/v1/submissions/{stored.GetProperty("id").GetString()}", again.Headers.Location?.OriginalString);

        // The same for a revision.
        var id = stored.GetProperty("id").GetString()!;
        var revision = Wire.Submission(document: """{"electricity": "3100"}""");
        store.Crashes = 1;
        using var put = Request(HttpMethod.Put, $"/v1/submissions/{id}", revision, "lost-revision");
        await Assert.ThrowsAnyAsync<Exception>(() => client.SendAsync(put));
        using var putAgain = Request(HttpMethod.Put, $"/v1/submissions/{id}", revision, "lost-revision");
        var revised = await Wire.ReadAsync(await client.SendAsync(putAgain));

        Assert.Equal(2, revised.GetProperty("revision").GetInt32());
        var revisions = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/revisions"));
        Assert.Equal(2, revisions.GetProperty("revisions").GetArrayLength());
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
