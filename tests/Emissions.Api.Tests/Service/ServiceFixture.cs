using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Service;

/// <summary>The service as shipped: the repository's factor data and the Core modules, over a fresh SQLite file.</summary>
public sealed class RealServiceFixture : IAsyncLifetime, IDisposable
{
    private readonly SqliteTestDatabase database = new();

    public RealServiceFixture()
    {
        Factory = new ApiFactory(database, Modules.Real);
    }

    public ApiFactory Factory { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Dispose();
    }

    public void Dispose() => database.Dispose();
}

/// <summary>The service with fake factor data and compute modules, default limits.</summary>
public sealed class FakeServiceFixture : IAsyncLifetime, IDisposable
{
    private readonly SqliteTestDatabase database = new();

    public FakeServiceFixture()
    {
        Factory = new ApiFactory(database);
    }

    public ApiFactory Factory { get; }

    public SqliteTestDatabase Database => database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Dispose();
    }

    public void Dispose() => database.Dispose();
}
