namespace Emissions.Api.Tests.Infrastructure;

/// <summary>A database for one test class: a temp SQLite file, or a fresh schema on the PostgreSQL in EMISSIONS_TEST_POSTGRES.</summary>
public interface ITestDatabase
{
    string Provider { get; }

    /// <summary>Configuration for the service: Database:Provider, Database:Path or ConnectionStrings:Emissions.</summary>
    IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Runs SQL directly, bypassing the service (to prove the database itself refuses updates).</summary>
    Task<int> ExecuteAsync(string sql);
}
