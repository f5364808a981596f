using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Emissions.Storage;

// Over 400 lines on purpose: one ADO.NET implementation of IEmissionsStore whose resources (keys, submissions, factor
// sets) share the connection, transaction, retry and parameter helpers at the bottom; each resource is a short run of
// methods in IEmissionsStore's order. Split it into partial files per resource when one of them outgrows its CRUD.
/// <summary>
/// The store over plain ADO.NET; the SQL is shared by both providers and <see cref="SqlDialect"/> holds the differences.
/// Revision numbers are max+1 inside a transaction that serialises writers of the same submission
/// (SQLite: BEGIN IMMEDIATE; PostgreSQL: SELECT … FOR UPDATE on the submission's row), and the
/// primary key (submission_id, revision) is the backstop: a collision is retried, never stored.
/// </summary>
public abstract class SqlStore : IEmissionsStore
{
    private const int MaxAttempts = 8;
    private const string RevisionColumns =
        "submission_id, revision, org_id, kind, period, factor_set_id, factor_set_version, factor_set_hash, body, content_hash, created_at, created_by";

    private readonly SqlDialect dialect;
    private readonly TimeProvider clock;

    private protected SqlStore(SqlDialect dialect, TimeProvider? clock)
    {
        this.dialect = dialect;
        this.clock = clock ?? TimeProvider.System;
    }

    public DatabaseProvider Provider => dialect.Provider;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await dialect.PrepareAsync(connection, cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);

        // Replicas starting together on one PostgreSQL wait for each other here.
        await dialect.LockAsync(connection, transaction, "emissions:migrations", cancellationToken);
        await ExecuteAsync(connection, transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken);
        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        foreach (var migration in Migrations.For(dialect.Provider).Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = Command(connection, transaction,
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)");
            Add(record, "version", migration.Version);
            Add(record, "name", migration.Name);
            Add(record, "at", Now());
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await CurrentVersionAsync(connection, null, cancellationToken);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            await using var command = Command(connection, null, "SELECT COUNT(*) FROM schema_version");
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public async Task InsertKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "INSERT INTO api_keys (key_hash, key_prefix, org_id, role, created_at, expires_at) VALUES (@hash, @prefix, @org, @role, @at, @expires)");
        Add(command, "hash", key.KeyHash);
        Add(command, "prefix", key.KeyPrefix);
        Add(command, "org", key.OrganizationId);
        Add(command, "role", ApiKeys.ToWire(key.Role));
        Add(command, "at", Format(key.CreatedAt));
        Add(command, "expires", key.ExpiresAt is { } expires ? Format(expires) : null);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string KeyColumns = "key_hash, key_prefix, org_id, role, created_at, expires_at, revoked_at, last_used_at";

    public async Task<ApiKeyRecord?> FindKeyAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        using var activity = StoreTelemetry.Start("find-key", Provider);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {KeyColumns} FROM api_keys WHERE key_hash = @hash");
        Add(command, "hash", keyHash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadKey(reader) : null;
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListKeysAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT {KeyColumns} FROM api_keys WHERE org_id = @org ORDER BY created_at, key_prefix");
        Add(command, "org", organizationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKeyRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (ReadKey(reader) is { } key)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    public async Task<int> RevokeKeyAsync(string organizationId, string keyPrefix, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "UPDATE api_keys SET revoked_at = @at WHERE org_id = @org AND key_prefix = @prefix AND revoked_at IS NULL");
        Add(command, "at", Now());
        Add(command, "org", organizationId);
        Add(command, "prefix", keyPrefix);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task TouchKeyAsync(string keyHash, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "UPDATE api_keys SET last_used_at = @at WHERE key_hash = @hash");
        Add(command, "at", Format(at));
        Add(command, "hash", keyHash);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static ApiKeyRecord? ReadKey(DbDataReader reader) => ApiKeys.TryParseRole(reader.GetString(3), out var role)
        ? new ApiKeyRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), role, Parse(reader.GetString(4)))
        {
            ExpiresAt = OptionalTime(reader, 5),
            RevokedAt = OptionalTime(reader, 6),
            LastUsedAt = OptionalTime(reader, 7),
        }
        : null;

    private static DateTimeOffset? OptionalTime(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Parse(reader.GetString(ordinal));

    public async Task<SubmissionRevision> CreateSubmissionAsync(NewRevision revision, CancellationToken cancellationToken = default)
    {
        using var activity = StoreTelemetry.Start("create-submission", Provider);
        ArgumentNullException.ThrowIfNull(revision);

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryCreateSubmissionAsync(revision, cancellationToken);
            }
            catch (DbException ex) when (revision.Idempotency is not null && dialect.IsUniqueViolation(ex) && attempt < MaxAttempts)
            {
                // The same key committed concurrently: the next attempt finds it and answers with its revision.
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
        }
    }

    private async Task<SubmissionRevision> TryCreateSubmissionAsync(NewRevision revision, CancellationToken cancellationToken)
    {
        var id = SubmissionIds.Next();
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);

        // One writer per organisation at a time, held to commit: the listing position (seq) is then taken in commit
        // order, and a second request with the same Idempotency-Key waits here and finds the first one's revision.
        await dialect.LockAsync(connection, transaction, "emissions:submissions:" + revision.OrganizationId, cancellationToken);
        var now = Now();
        if (await FindIdempotentAsync(connection, transaction, revision, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        await using (var header = Command(connection, transaction,
            $"INSERT INTO submissions (submission_id, org_id, kind, created_at, seq) VALUES (@id, @org, @kind, @at, {dialect.NextSubmissionSeq})"))
        {
            Add(header, "id", id);
            Add(header, "org", revision.OrganizationId);
            Add(header, "kind", revision.Kind);
            Add(header, "at", now);
            await header.ExecuteNonQueryAsync(cancellationToken);
        }

        var stored = await InsertRevisionAsync(connection, transaction, id, 1, revision, now, cancellationToken);
        await RecordIdempotencyAsync(connection, transaction, revision, stored, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>
    /// The revision an earlier write with the same Idempotency-Key created, read inside the write's transaction;
    /// null when the key is new. The same key for another request is an error, never a silent second write.
    /// </summary>
    private async Task<SubmissionRevision?> FindIdempotentAsync(DbConnection connection, DbTransaction transaction, NewRevision revision, CancellationToken cancellationToken)
    {
        if (revision.Idempotency is not { } idempotency)
        {
            return null;
        }

        string submissionId;
        int number;
        await using (var find = Command(connection, transaction,
            "SELECT scope, request_hash, submission_id, revision FROM idempotency_keys WHERE org_id = @org AND idem_key = @key"))
        {
            Add(find, "org", revision.OrganizationId);
            Add(find, "key", idempotency.Key);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            if (reader.GetString(0) != idempotency.Scope || reader.GetString(1) != idempotency.RequestHash)
            {
                throw new IdempotencyKeyReusedException(idempotency.Key);
            }

            (submissionId, number) = (reader.GetString(2), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture));
        }

        return await GetRevisionAsync(revision.OrganizationId, submissionId, number, cancellationToken);
    }

    private static async Task RecordIdempotencyAsync(DbConnection connection, DbTransaction transaction, NewRevision revision, SubmissionRevision stored, string now, CancellationToken cancellationToken)
    {
        if (revision.Idempotency is not { } idempotency)
        {
            return;
        }

        await using var insert = Command(connection, transaction,
            "INSERT INTO idempotency_keys (org_id, idem_key, scope, request_hash, submission_id, revision, created_at) VALUES (@org, @key, @scope, @hash, @id, @rev, @at)");
        Add(insert, "org", revision.OrganizationId);
        Add(insert, "key", idempotency.Key);
        Add(insert, "scope", idempotency.Scope);
        Add(insert, "hash", idempotency.RequestHash);
        Add(insert, "id", stored.SubmissionId);
        Add(insert, "rev", stored.Revision);
        Add(insert, "at", now);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<SubmissionRevision?> AddRevisionAsync(string submissionId, NewRevision revision, CancellationToken cancellationToken = default)
    {
        using var activity = StoreTelemetry.Start("add-revision", Provider);
        ArgumentNullException.ThrowIfNull(revision);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAddRevisionAsync(submissionId, revision, cancellationToken);
            }
            catch (DbException ex) when (dialect.IsUniqueViolation(ex) && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
        }
    }

    public async Task<SubmissionRevision?> GetRevisionAsync(string organizationId, string submissionId, int? revision = null, CancellationToken cancellationToken = default)
    {
        using var activity = StoreTelemetry.Start("get-revision", Provider);
        return await GetVersionAsync(
            $"SELECT {RevisionColumns} FROM submission_revisions WHERE org_id = @org AND submission_id = @id", "revision",
            organizationId, submissionId, revision, ReadRevisionsAsync, cancellationToken);
    }

    public async Task<IReadOnlyList<SubmissionRevision>> ListRevisionsAsync(string organizationId, string submissionId, CancellationToken cancellationToken = default)
    {
        using var activity = StoreTelemetry.Start("list-revisions", Provider);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT {RevisionColumns} FROM submission_revisions WHERE org_id = @org AND submission_id = @id ORDER BY revision");
        Add(command, "org", organizationId);
        Add(command, "id", submissionId);
        return await ReadRevisionsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<SubmissionRevision>> ListSubmissionsAsync(SubmissionQuery query, CancellationToken cancellationToken = default)
    {
        using var activity = StoreTelemetry.Start("list-submissions", Provider);
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        long? afterSeq = null;
        if (query.After is not null)
        {
            // A cursor is the last id of the previous page. An id the organisation does not have (a hand-made
            // cursor such as 32 zeros) stands after the last submission whose id sorts before it.
            await using var cursor = Command(connection, null,
                """
                SELECT COALESCE(
                  (SELECT seq FROM submissions WHERE org_id = @org AND submission_id = @after),
                  (SELECT MAX(seq) FROM submissions WHERE org_id = @org AND submission_id < @after),
                  0)
                """);
            Add(cursor, "org", query.OrganizationId);
            Add(cursor, "after", query.After);
            afterSeq = Convert.ToInt64(await cursor.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        // In seq order (commit order within the organisation, migration 0004), so a caller that follows the cursor
        // while other replicas write sees every submission exactly once.
        var filters = (query.Period is null ? "" : " AND r.period = @period") + (afterSeq is null ? "" : " AND s.seq > @afterSeq");
        var columns = string.Join(", ", RevisionColumns.Split(", ").Select(c => "r." + c));
        await using var command = Command(connection, null,
            $"""
            SELECT {columns}
            FROM submissions s
            JOIN submission_revisions r ON r.submission_id = s.submission_id
              AND r.revision = (SELECT MAX(x.revision) FROM submission_revisions x WHERE x.submission_id = s.submission_id)
            WHERE s.org_id = @org{filters}
            ORDER BY s.seq
            LIMIT @limit
            """);
        Add(command, "org", query.OrganizationId);
        Add(command, "limit", query.Limit);
        if (query.Period is not null)
        {
            Add(command, "period", query.Period);
        }

        if (afterSeq is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "afterSeq";
            parameter.DbType = DbType.Int64;
            parameter.Value = afterSeq.Value;
            command.Parameters.Add(parameter);
        }

        return await ReadRevisionsAsync(command, cancellationToken);
    }

    public async Task<StoredFactorSet> AddFactorSetVersionAsync(string organizationId, string setId, string body, string contentHash, string createdBy, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await dialect.OpenAsync(cancellationToken);
                await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
                await dialect.LockAsync(connection, transaction, $"emissions:factor-set:{organizationId}:{setId}", cancellationToken);
                int next;
                await using (var max = Command(connection, transaction,
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM factor_sets WHERE org_id = @org AND set_id = @set"))
                {
                    Add(max, "org", organizationId);
                    Add(max, "set", setId);
                    next = Convert.ToInt32(await max.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                }

                var now = Now();
                await using (var insert = Command(connection, transaction,
                    "INSERT INTO factor_sets (org_id, set_id, version, body, content_hash, created_at, created_by) VALUES (@org, @set, @version, @body, @hash, @at, @by)"))
                {
                    Add(insert, "org", organizationId);
                    Add(insert, "set", setId);
                    Add(insert, "version", next);
                    Add(insert, "body", body);
                    Add(insert, "hash", contentHash);
                    Add(insert, "at", now);
                    Add(insert, "by", createdBy);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return new StoredFactorSet(organizationId, setId, next, body, contentHash, Parse(now), createdBy);
            }
            catch (DbException ex) when (dialect.IsUniqueViolation(ex) && attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
        }
    }

    public async Task<StoredFactorSet?> GetFactorSetAsync(string organizationId, string setId, int? version = null, CancellationToken cancellationToken = default)
    {
        return await GetVersionAsync(
            "SELECT org_id, set_id, version, body, content_hash, created_at, created_by FROM factor_sets WHERE org_id = @org AND set_id = @id", "version",
            organizationId, setId, version, ReadFactorSetsAsync, cancellationToken);
    }

    /// <summary>
    /// One record of a table that keeps every version of it (submission revisions, factor-set versions): the latest,
    /// or the one numbered <paramref name="version"/>; null when there is none.
    /// </summary>
    /// <param name="select">The query for every version of the record, by <c>@org</c> and <c>@id</c>.</param>
    /// <param name="versionColumn">The column numbering the versions.</param>
    private async Task<T?> GetVersionAsync<T>(string select, string versionColumn, string organizationId, string id, int? version,
        Func<DbCommand, CancellationToken, Task<IReadOnlyList<T>>> read, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            version is null ? $"{select} ORDER BY {versionColumn} DESC LIMIT 1" : $"{select} AND {versionColumn} = @version");
        Add(command, "org", organizationId);
        Add(command, "id", id);
        if (version is not null)
        {
            Add(command, "version", version.Value);
        }

        var rows = await read(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<StoredFactorSet>> ListFactorSetsAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            """
            SELECT f.org_id, f.set_id, f.version, f.body, f.content_hash, f.created_at, f.created_by
            FROM factor_sets f
            JOIN (SELECT set_id, MAX(version) AS latest FROM factor_sets WHERE org_id = @org GROUP BY set_id) m
              ON m.set_id = f.set_id AND m.latest = f.version
            WHERE f.org_id = @org
            ORDER BY f.set_id
            """);
        Add(command, "org", organizationId);
        return await ReadFactorSetsAsync(command, cancellationToken);
    }

    private async Task<SubmissionRevision?> TryAddRevisionAsync(string submissionId, NewRevision revision, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        string kind;
        await using (var header = Command(connection, transaction,
            $"SELECT kind FROM submissions WHERE submission_id = @id AND org_id = @org{dialect.ForUpdate}"))
        {
            Add(header, "id", submissionId);
            Add(header, "org", revision.OrganizationId);
            if (await header.ExecuteScalarAsync(cancellationToken) is not string found)
            {
                return null;
            }

            kind = found;
        }

        if (await FindIdempotentAsync(connection, transaction, revision, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        if (!string.Equals(kind, revision.Kind, StringComparison.Ordinal))
        {
            throw new SubmissionKindMismatchException(kind, revision.Kind);
        }

        int next;
        await using (var max = Command(connection, transaction,
            "SELECT COALESCE(MAX(revision), 0) + 1 FROM submission_revisions WHERE submission_id = @id"))
        {
            Add(max, "id", submissionId);
            next = Convert.ToInt32(await max.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var now = Now();
        var stored = await InsertRevisionAsync(connection, transaction, submissionId, next, revision, now, cancellationToken);
        await RecordIdempotencyAsync(connection, transaction, revision, stored, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private static async Task<SubmissionRevision> InsertRevisionAsync(
        DbConnection connection, DbTransaction transaction, string id, int number, NewRevision revision, string now, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction,
            $"INSERT INTO submission_revisions ({RevisionColumns}) VALUES (@id, @revision, @org, @kind, @period, @setId, @setVersion, @setHash, @body, @hash, @at, @by)");
        Add(insert, "id", id);
        Add(insert, "revision", number);
        Add(insert, "org", revision.OrganizationId);
        Add(insert, "kind", revision.Kind);
        Add(insert, "period", revision.Period);
        Add(insert, "setId", revision.FactorSetId);
        Add(insert, "setVersion", revision.FactorSetVersion);
        Add(insert, "setHash", revision.FactorSetHash);
        Add(insert, "body", revision.Body);
        Add(insert, "hash", revision.ContentHash);
        Add(insert, "at", now);
        Add(insert, "by", revision.CreatedBy);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return new SubmissionRevision(id, number, revision.OrganizationId, revision.Kind, revision.Period, revision.FactorSetId,
            revision.FactorSetVersion, revision.FactorSetHash, revision.Body, revision.ContentHash, Parse(now), revision.CreatedBy);
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyList<SubmissionRevision>> ReadRevisionsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var list = new List<SubmissionRevision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new SubmissionRevision(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetString(8),
                reader.GetString(9),
                Parse(reader.GetString(10)),
                reader.GetString(11)));
        }

        return list;
    }

    private static async Task<IReadOnlyList<StoredFactorSet>> ReadFactorSetsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var list = new List<StoredFactorSet>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new StoredFactorSet(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3),
                reader.GetString(4), Parse(reader.GetString(5)), reader.GetString(6)));
        }

        return list;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Every SQL text here is a constant or built from constants; values always travel as parameters.
#pragma warning disable CA2100
    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
#pragma warning restore CA2100

    private static void Add(DbCommand command, string name, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.String;
        parameter.Value = (object?)value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static void Add(DbCommand command, string name, int? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.Int32;
        parameter.Value = value is null ? DBNull.Value : value.Value;
        command.Parameters.Add(parameter);
    }

    private string Now() => Format(clock.GetUtcNow());

    private static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
