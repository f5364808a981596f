using System.Text.Json;

namespace Emissions.Factors.Tests.Reproductions;

/// <summary>The hand-written report fixtures in tests/fixtures (each cites the seed report and line it was copied from).</summary>
internal static class Fixtures
{
    public static JsonDocument Load(string relativePath)
    {
        var root = System.IO.Path.GetDirectoryName(RepositoryFactors.Path)!;
        return JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(root, "tests", "fixtures", relativePath)));
    }
}
