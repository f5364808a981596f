namespace Emissions.Storage;

/// <summary>Where stored data lives: one SQLite file (the default) or a shared PostgreSQL database.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
