using Npgsql;

namespace Emissions.Storage;

/// <summary>PostgreSQL, for any number of service replicas sharing one database.</summary>
public sealed class PostgresStore : SqlStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource dataSource;

    public PostgresStore(string connectionString, TimeProvider? clock = null)
        : this(NpgsqlDataSource.Create(connectionString), clock)
    {
    }

    private PostgresStore(NpgsqlDataSource dataSource, TimeProvider? clock)
        : base(new PostgresDialect(dataSource), clock)
    {
        this.dataSource = dataSource;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();
}
