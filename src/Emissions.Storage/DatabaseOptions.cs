namespace Emissions.Storage;

/// <summary>
/// Configuration keys Database:Provider (sqlite|postgres), Database:Path (the SQLite file) and
/// ConnectionStrings:Emissions (PostgreSQL). The service and the CLI read the same keys, so
/// `emissions keys create` writes where the service reads.
/// </summary>
public sealed class DatabaseOptions
{
    public string Provider { get; set; } = "sqlite";

    /// <summary>SQLite file; created with its folder on first start. Default: the user's local data folder.</summary>
    public string? Path { get; set; }

    /// <summary>PostgreSQL connection string (ConnectionStrings:Emissions).</summary>
    public string? ConnectionString { get; set; }

    public static string DefaultSqlitePath =>
        System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "emissions", "emissions.db");

    public DatabaseProvider ParseProvider() => Provider.Trim().ToUpperInvariant() switch
    {
        "SQLITE" or "" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
        _ => throw new StoreConfigurationException($"Database:Provider is '{Provider}'; expected sqlite or postgres"),
    };
}
