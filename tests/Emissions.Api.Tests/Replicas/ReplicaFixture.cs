using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Replicas;

/// <summary>Three service processes started together on a fresh, empty PostgreSQL schema (started once per test class).</summary>
public sealed class ReplicaFixture : IAsyncLifetime
{
    public const int Count = 3;

    private readonly PostgresTestDatabase database = new();
    private ReplicaSet? replicas;

    public PostgresTestDatabase Database => database;

    public ReplicaSet Replicas => replicas ?? throw new InvalidOperationException("the replicas have not started");

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        if (PostgresTestDatabase.ServerConnectionString is null)
        {
            return;
        }

        replicas = await ReplicaSet.StartAsync(Count, new Dictionary<string, string>
        {
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__Emissions"] = database.ConnectionString,
        });
    }

    public async Task DisposeAsync()
    {
        if (replicas is not null)
        {
            await replicas.DisposeAsync();
        }

        await database.DisposeAsync();
    }
}
