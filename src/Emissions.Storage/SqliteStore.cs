namespace Emissions.Storage;

/// <summary>One SQLite file in WAL mode; the default for a single service instance and for the CLI.</summary>
public sealed class SqliteStore : SqlStore
{
    public SqliteStore(string path, TimeProvider? clock = null)
        : this(new SqliteDialect(path), clock)
    {
    }

    private SqliteStore(SqliteDialect dialect, TimeProvider? clock)
        : base(dialect, clock)
    {
        Path = dialect.Path;
    }

    /// <summary>The absolute path of the database file.</summary>
    public string Path { get; }
}
