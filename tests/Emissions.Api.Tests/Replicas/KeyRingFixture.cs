using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;

namespace Emissions.Api.Tests.Replicas;

/// <summary>
/// Three service processes on one SQLite file, as replicas behind a load balancer: two share one
/// DataProtection:KeysDirectory (README, Workbench), the third has a directory of its own; and a submitter key in the
/// database all three read. Started one after another, so that only the first applies the migrations.
/// </summary>
public sealed class KeyRingFixture : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("emissions-key-ring-").FullName;
    private readonly List<ServiceProcess> processes = [];

    /// <summary>The replica a session is opened on.</summary>
    public ServiceProcess First => processes[0];

    /// <summary>A replica with the same keys directory as <see cref="First"/>.</summary>
    public ServiceProcess Sharing => processes[1];

    /// <summary>A replica on the same database with a keys directory of its own.</summary>
    public ServiceProcess Other => processes[2];

    /// <summary>A submitter key all three find in the database.</summary>
    public string Key { get; } = ApiKeys.Generate();

    public async Task InitializeAsync()
    {
        var database = Path.Combine(folder, "shared.db");
        foreach (var keys in new[] { "shared-keys", "shared-keys", "other-keys" })
        {
            processes.Add(await ServiceProcess.StartAsync(new Dictionary<string, string>
            {
                ["Database__Path"] = database,
                ["DataProtection__KeysDirectory"] = Path.Combine(folder, keys),
                ["RateLimit__Enabled"] = "false",
            }));
            if (processes.Count == 1)
            {
                var store = StoreFactory.Create(new DatabaseOptions { Provider = "sqlite", Path = database });
                await store.InsertKeyAsync(new ApiKeyRecord(ApiKeys.Hash(Key), ApiKeys.PrefixOf(Key), "org-key-ring", ApiKeyRole.Submitter, DateTimeOffset.UtcNow));
                if (store is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync();
                }
            }
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }
}
