using System.Data.Common;
using Npgsql;

namespace Emissions.Storage;

internal sealed class PostgresDialect(NpgsqlDataSource dataSource) : SqlDialect
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string MigrationFolder => "postgres";

    public override string ForUpdate => " FOR UPDATE";

    public override string NextSubmissionSeq => "nextval('submissions_seq')";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task LockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(hashtext(@key))";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
