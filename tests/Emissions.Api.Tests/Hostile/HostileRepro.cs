namespace Emissions.Api.Tests.Hostile;

/// <summary>One request that once killed, stalled or fooled the service (issue 17), and the problem it must get now.</summary>
public sealed record HostileRepro(string Name, string Path, string Body, string Slug, string Field);
