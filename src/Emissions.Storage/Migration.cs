namespace Emissions.Storage;

/// <summary>One versioned script, e.g. Migrations/sqlite/0001_initial.sql → version 1, "initial".</summary>
public sealed record Migration(int Version, string Name, string Sql);
