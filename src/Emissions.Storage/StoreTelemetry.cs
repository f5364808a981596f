using System.Diagnostics;

namespace Emissions.Storage;

/// <summary>
/// Spans of the store's operations ("Emissions.Storage"), for SQLite as for PostgreSQL (whose driver adds its own
/// per-command spans). Nothing is created unless a listener (the service's OpenTelemetry, when configured) asks.
/// </summary>
public static class StoreTelemetry
{
    public const string Name = "Emissions.Storage";

    internal static readonly ActivitySource Source = new(Name);

    internal static Activity? Start(string operation, DatabaseProvider provider)
    {
        var activity = Source.StartActivity("db " + operation, ActivityKind.Client);
        activity?.SetTag("db.system", provider == DatabaseProvider.Postgres ? "postgresql" : "sqlite");
        activity?.SetTag("db.operation", operation);
        return activity;
    }
}
