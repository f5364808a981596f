namespace Emissions.Storage;

/// <summary>Builds the store the settings name.</summary>
public static class StoreFactory
{
    public static IEmissionsStore Create(DatabaseOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ParseProvider() switch
        {
            DatabaseProvider.Postgres => new PostgresStore(
                string.IsNullOrWhiteSpace(options.ConnectionString)
                    ? throw new StoreConfigurationException("Database:Provider is postgres but ConnectionStrings:Emissions is empty")
                    : options.ConnectionString,
                clock),
            _ => new SqliteStore(string.IsNullOrWhiteSpace(options.Path) ? DatabaseOptions.DefaultSqlitePath : options.Path, clock),
        };
    }
}
