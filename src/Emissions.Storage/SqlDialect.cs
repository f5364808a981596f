using System.Data.Common;

namespace Emissions.Storage;

/// <summary>What differs between SQLite and PostgreSQL; the SQL text of every query is otherwise shared.</summary>
internal abstract class SqlDialect
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Folder of this provider's scripts under Migrations/.</summary>
    public abstract string MigrationFolder { get; }

    /// <summary>Appended to the SELECT that locks a submission's header row for the rest of the transaction.</summary>
    public abstract string ForUpdate { get; }

    /// <summary>
    /// The SQL expression for a new submission's listing position (migration 0004); evaluated after
    /// <see cref="LockAsync"/> on the organisation, so that within an organisation it increases in commit order.
    /// </summary>
    public abstract string NextSubmissionSeq { get; }

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that serialises writers: BEGIN IMMEDIATE on SQLite, a normal one on PostgreSQL (row locks do the rest).</summary>
    public virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <summary>Serialises writers of one key until the transaction ends (PostgreSQL advisory lock; SQLite's write lock already does).</summary>
    public abstract Task LockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken);

    /// <summary>Run before the migration transaction (SQLite: WAL, which cannot change inside a transaction).</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract bool IsUniqueViolation(DbException exception);
}
