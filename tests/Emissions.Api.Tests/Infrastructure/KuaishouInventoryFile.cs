using Emissions.Api.Tests.Wired;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>
/// The Kuaishou 2020 activity data filled into the template workbook (factor set cn-2020) as a file a browser uploads,
/// in a temporary folder of its own that goes with the fixture, also when the test fails.
/// </summary>
public sealed class KuaishouInventoryFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("emissions-browser-files-").FullName;

    public KuaishouInventoryFile()
    {
        Path = System.IO.Path.Combine(_folder, "kuaishou-2020-inventory.xlsx");
        File.WriteAllBytes(Path, SpreadsheetCalculationTests.KuaishouInventory(["cn-2020"]));
    }

    /// <summary>The workbook's path (its name is the one the page shows).</summary>
    public string Path { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
