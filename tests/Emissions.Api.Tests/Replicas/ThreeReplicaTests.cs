using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;

namespace Emissions.Api.Tests.Replicas;

/// <summary>
/// Three service processes on one PostgreSQL, as replicas behind a load balancer: they start together on an empty
/// schema, then write and revise the same submissions concurrently while a reader follows the listing's cursor.
/// </summary>
[RequiresPostgres]
public sealed class ThreeReplicaTests(ReplicaFixture fixture) : IClassFixture<ReplicaFixture>
{
    private const int Replicas = ReplicaFixture.Count;
    private const int WritersPerReplica = 2;
    private const int SubmissionsPerWriter = 12;
    private const int RevisionsPerWriter = 4;
    private const int SharedSubmissions = 3;

    [DatabaseFact]
    public async Task Replicas_started_together_on_an_empty_database_apply_each_migration_once()
    {
        // Each replica would have failed to start had another's migration run beside its own (tables created twice).
        var replicas = fixture.Replicas;
        Assert.Equal(Migrations.For(DatabaseProvider.Postgres).Count, await replicas.Store.SchemaVersionAsync());
        Assert.Equal(Migrations.For(DatabaseProvider.Postgres).Count,
            await CountAsync("SELECT COUNT(*) FROM schema_version"));
    }

    [DatabaseFact]
    public async Task A_reader_following_the_cursor_sees_every_submission_from_every_replica_exactly_once()
    {
        var clients = await fixture.Replicas.ClientsForNewOrganizationAsync();
        var shared = new List<string>();
        for (var i = 0; i < SharedSubmissions; i++)
        {
            shared.Add(await CreateAsync(clients[i % Replicas], $"shared-{i}"));
        }

        var created = new ConcurrentBag<string>(shared);
        var revised = new ConcurrentDictionary<string, int>();
        using var writing = new CancellationTokenSource();
        var reader = Task.Run(() => FollowAsync(clients, writing.Token));

        var writers = Enumerable.Range(0, Replicas * WritersPerReplica).Select(writer => Task.Run(async () =>
        {
            var client = clients[writer % Replicas];
            for (var i = 0; i < SubmissionsPerWriter; i++)
            {
                created.Add(await CreateAsync(client, $"w{writer}-{i}"));
                if (i % (SubmissionsPerWriter / RevisionsPerWriter) == 0)
                {
                    var target = shared[(writer + i) % SharedSubmissions];
                    var revision = await ReviseAsync(client, target, $"w{writer}-{i}");
                    revised.AddOrUpdate(target, 1, (_, n) => n + 1);
                    Assert.True(revision >= 2, $"revision {revision} of {target}");
                }
            }
        })).ToArray();
        await Task.WhenAll(writers);
        await writing.CancelAsync();
        var seen = await reader;

        // Exactly once: nothing skipped by the cursor, nothing repeated.
        Assert.Equal(created.Count, seen.Count);
        Assert.Equal(created.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(Replicas * WritersPerReplica * SubmissionsPerWriter + SharedSubmissions, seen.Count);

        // Contiguous revisions: 1 … n with n = 1 + the revisions acknowledged, whichever replica stored them.
        foreach (var id in shared)
        {
            var list = await Wire.ReadAsync(await clients[2].GetAsync($"/v1/submissions/{id}/revisions"));
            var numbers = list.GetProperty("revisions").EnumerateArray().Select(r => r.GetProperty("revision").GetInt32()).ToList();
            Assert.Equal(Enumerable.Range(1, 1 + revised.GetValueOrDefault(id)), numbers);
        }
    }

    /// <summary>
    /// Pages through the listing while the writers run, round-robin over the replicas, keeping the last id it saw as
    /// the cursor (also when a page is not full); once the writers are done, one more pass to the end.
    /// </summary>
    private static async Task<List<string>> FollowAsync(HttpClient[] clients, CancellationToken writing)
    {
        var seen = new List<string>();
        string? cursor = null;
        for (var turn = 0; ; turn++)
        {
            var finished = writing.IsCancellationRequested;
            while (true)
            {
                var query = cursor is null ? "/v1/submissions?limit=5" : $"/v1/submissions?limit=5&after={cursor}";
                var page = await Wire.ReadAsync(await clients[turn++ % clients.Length].GetAsync(query, CancellationToken.None));
                var ids = page.GetProperty("submissions").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
                seen.AddRange(ids);
                cursor = ids.Count > 0 ? ids[^1] : cursor;
                if (page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String)
                {
                    continue;
                }

                break;
            }

            if (finished)
            {
                return seen;
            }

            await Task.Delay(20, CancellationToken.None);
        }
    }

    private static async Task<string> CreateAsync(HttpClient client, string tag)
    {
        var response = await client.PostAsync("/v1/submissions", Wire.Body(Submission(tag)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Wire.ReadAsync(response)).GetProperty("id").GetString()!;
    }

    private static async Task<int> ReviseAsync(HttpClient client, string id, string tag)
    {
        var response = await client.PutAsync($"/v1/submissions/{id}", Wire.Body(Submission(tag)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Wire.ReadAsync(response)).GetProperty("revision").GetInt32();
    }

    // A figure of a report: the tag in the period keeps every body distinct.
    private static string Submission(string tag) =>
        $$$"""{"kind": "report", "period": "{{{tag}}}", "document": {"figures": [{"metric": "org.headcount", "value": "21,499", "unit": "人"}]}}""";

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
