using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Emissions.Storage;

internal sealed class SqliteDialect : SqlDialect
{
    private const int SqliteConstraint = 19;
    private readonly string connectionString;

    public SqliteDialect(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StoreConfigurationException(
                    $"Database:Path '{path}' cannot be used: its folder '{folder}' cannot be created ({ex.Message}); " +
                    "set Database:Path (environment variable Database__Path) to a file in a writable folder", ex);
            }
        }

        Path = full;

        // Default Timeout is also how long a writer waits for SQLite's write lock (busy retry).
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public string Path { get; }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string MigrationFolder => "sqlite";

    public override string ForUpdate => "";

    // Writers are serialised by BEGIN IMMEDIATE, so the maximum read inside the transaction is final.
    public override string NextSubmissionSeq => "(SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions)";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Microsoft.Data.Sqlite begins IMMEDIATE unless asked for deferred: the write lock is taken
    // up front, so reading max(revision) and inserting max+1 cannot interleave with another writer.
    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task LockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint };
}
