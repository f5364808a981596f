using System.Net.Http.Headers;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;

namespace Emissions.Api.Tests.Replicas;

/// <summary>
/// Service processes started together on one database (as replicas behind a load balancer start), and one
/// organisation's key for talking to all of them.
/// </summary>
public sealed class ReplicaSet : IAsyncDisposable
{
    private readonly ServiceProcess[] processes;

    private ReplicaSet(ServiceProcess[] processes, IEmissionsStore store)
    {
        this.processes = processes;
        Store = store;
    }

    public IReadOnlyList<ServiceProcess> Processes => processes;

    /// <summary>The same database, read directly (to check what the replicas stored).</summary>
    public IEmissionsStore Store { get; }

    public static async Task<ReplicaSet> StartAsync(int count, IReadOnlyDictionary<string, string> database)
    {
        var environment = new Dictionary<string, string>(database) { ["RateLimit__Enabled"] = "false" };
        var processes = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => ServiceProcess.StartAsync(environment)));
        var options = new DatabaseOptions
        {
            Provider = database.GetValueOrDefault("Database__Provider", "sqlite"),
            Path = database.GetValueOrDefault("Database__Path"),
            ConnectionString = database.GetValueOrDefault("ConnectionStrings__Emissions"),
        };
        return new ReplicaSet(processes, StoreFactory.Create(options));
    }

    /// <summary>One client per replica, all with a new submitter key of a new organisation.</summary>
    public async Task<HttpClient[]> ClientsForNewOrganizationAsync()
    {
        var key = ApiKeys.Generate();
        var organization = "org-" + Guid.NewGuid().ToString("N")[..12];
        await Store.InsertKeyAsync(new ApiKeyRecord(ApiKeys.Hash(key), ApiKeys.PrefixOf(key), organization, ApiKeyRole.Submitter, DateTimeOffset.UtcNow));
        return [.. processes.Select(process =>
        {
            var client = new HttpClient { BaseAddress = process.Address, Timeout = TimeSpan.FromSeconds(60) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            return client;
        })];
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
