namespace Emissions.Api.Tests.Infrastructure;

/// <summary>One database and one running service per test class; tests make their own organisations, so they do not see each other.</summary>
public abstract class ApiFixture : IAsyncLifetime
{
    private readonly Lazy<ApiFactory> factory;

    protected ApiFixture(ITestDatabase database)
    {
        Database = database;
        factory = new Lazy<ApiFactory>(() => new ApiFactory(database));
    }

    public ITestDatabase Database { get; }

    public ApiFactory Factory => factory.Value;

    public Task InitializeAsync() => Database is IAsyncLifetime lifetime ? lifetime.InitializeAsync() : Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (factory.IsValueCreated)
        {
            await factory.Value.DisposeAsync();
        }

        if (Database is IAsyncLifetime lifetime)
        {
            await lifetime.DisposeAsync();
        }

        (Database as IDisposable)?.Dispose();
    }
}

public sealed class SqliteApiFixture() : ApiFixture(new SqliteTestDatabase());

public sealed class PostgresApiFixture() : ApiFixture(new PostgresTestDatabase());
