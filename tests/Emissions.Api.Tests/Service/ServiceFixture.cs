using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Service;

/// <summary>The service as this branch ships it: placeholder factor catalog and compute modules.</summary>
public sealed class PlaceholderServiceFixture : IAsyncLifetime, IDisposable
{
    private readonly SqliteTestDatabase database = new();

    public PlaceholderServiceFixture()
    {
        Factory = new ApiFactory(database, Modules.Placeholders);
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
