using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;

namespace Emissions.Api.Tests.Stored;

/// <summary>
/// Migration 0004 (listing order by seq) on a database that already holds submissions: they keep the order they were
/// listed in before (by id), and submissions created afterwards follow them.
/// </summary>
public abstract class ListingOrderMigrationContract(ITestDatabase database)
{
    private const string Organization = "org-migrated";

    // Stored out of id order, as three replicas could have stored them.
    private static readonly string[] StoredIds = ["0196f0a0000070008000000000000003", "0196f0a0000070008000000000000001", "0196f0a0000070008000000000000002"];

    protected abstract DatabaseProvider Provider { get; }

    [DatabaseFact]
    public async Task Submissions_stored_before_the_listing_order_migration_keep_their_id_order_and_new_ones_follow()
    {
        var earlier = Migrations.For(Provider).Where(m => m.Version <= 3).ToList();
        foreach (var migration in earlier)
        {
            await database.ExecuteAsync(migration.Sql);
        }

        await database.ExecuteAsync("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var migration in earlier)
        {
            await database.ExecuteAsync($"INSERT INTO schema_version VALUES ({migration.Version}, '{migration.Name}', '2026-01-01T00:00:00Z')");
        }

        foreach (var id in StoredIds)
        {
            await database.ExecuteAsync(
                $$"""
                INSERT INTO submissions (submission_id, org_id, kind, created_at) VALUES ('{{id}}', '{{Organization}}', 'report', '2026-01-01T00:00:00Z');
                INSERT INTO submission_revisions (submission_id, revision, org_id, period, kind, body, content_hash, created_at, created_by)
                VALUES ('{{id}}', 1, '{{Organization}}', '2020', 'report', '{}', 'sha256:0', '2026-01-01T00:00:00Z', 'em_test');
                """);
        }

        var store = StoreFactory.Create(new DatabaseOptions
        {
            Provider = database.Settings["Database:Provider"]!,
            Path = database.Settings.GetValueOrDefault("Database:Path"),
            ConnectionString = database.Settings.GetValueOrDefault("ConnectionStrings:Emissions"),
        });
        try
        {
            await store.MigrateAsync();
            var created = await store.CreateSubmissionAsync(new NewRevision(Organization, "report", "2020", null, null, null, "{}", "sha256:1", "em_test"));

            var all = await store.ListSubmissionsAsync(new SubmissionQuery(Organization));
            var afterSecond = await store.ListSubmissionsAsync(new SubmissionQuery(Organization, After: StoredIds[2], Limit: 1));

            Assert.Equal([.. StoredIds.Order(StringComparer.Ordinal), created.SubmissionId], all.Select(r => r.SubmissionId));
            Assert.Equal([StoredIds[0]], afterSecond.Select(r => r.SubmissionId));
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
    }
}

public sealed class SqliteListingOrderMigrationTests : ListingOrderMigrationContract, IDisposable
{
    private readonly SqliteTestDatabase database;

    public SqliteListingOrderMigrationTests()
        : this(new SqliteTestDatabase())
    {
    }

    private SqliteListingOrderMigrationTests(SqliteTestDatabase database)
        : base(database)
    {
        this.database = database;
        Directory.CreateDirectory(Path.GetDirectoryName(database.Path)!);
    }

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public void Dispose() => database.Dispose();
}

[RequiresPostgres]
public sealed class PostgresListingOrderMigrationTests : ListingOrderMigrationContract, IAsyncLifetime
{
    private readonly PostgresTestDatabase database;

    public PostgresListingOrderMigrationTests()
        : this(new PostgresTestDatabase())
    {
    }

    private PostgresListingOrderMigrationTests(PostgresTestDatabase database)
        : base(database)
    {
        this.database = database;
    }

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();
}
