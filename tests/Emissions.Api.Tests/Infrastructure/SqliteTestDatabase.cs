using Microsoft.Data.Sqlite;

namespace Emissions.Api.Tests.Infrastructure;

public sealed class SqliteTestDatabase : ITestDatabase, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("emissions-api-tests-").FullName;

    public SqliteTestDatabase()
    {
        Path = System.IO.Path.Combine(folder, "nested", "emissions.db");
    }

    public string Path { get; }

    public string Provider => "sqlite";

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "sqlite",
        ["Database:Path"] = Path,
    };

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
