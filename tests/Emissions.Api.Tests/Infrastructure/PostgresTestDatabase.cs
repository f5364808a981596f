using Npgsql;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>
/// A schema of its own on the server in EMISSIONS_TEST_POSTGRES (tables land there through Search Path),
/// dropped afterwards. Without the variable it does nothing, and <see cref="DatabaseFactAttribute"/> skips the tests.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase, IAsyncLifetime
{
    public const string Variable = "EMISSIONS_TEST_POSTGRES";

    private readonly string schema = "t_" + Guid.NewGuid().ToString("N")[..16];

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public string Provider => "postgres";

    public string ConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = schema }.ConnectionString;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "postgres",
        ["ConnectionStrings:Emissions"] = ConnectionString,
    };

    public async Task InitializeAsync()
    {
        if (ServerConnectionString is null)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (ServerConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}
