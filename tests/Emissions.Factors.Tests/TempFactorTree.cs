using System.Text.Json;
using System.Text.Json.Nodes;

namespace Emissions.Factors.Tests;

/// <summary>A throw-away factor directory under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFactorTree : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public TempFactorTree()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "emissions-factors-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A copy of the repository's factors/ to edit.</summary>
    public static TempFactorTree CopyOfRepository()
    {
        var tree = new TempFactorTree();
        foreach (var file in Directory.EnumerateFiles(RepositoryFactors.Path, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(tree.Root, System.IO.Path.GetRelativePath(RepositoryFactors.Path, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return tree;
    }

    public string Path(string relative) => System.IO.Path.Join(Root, relative);

    public string Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Write(string relative, JsonNode json) => Write(relative, json.ToJsonString(Indented));

    /// <summary>Writes manifest.json and factors.json of an edition; returns the factors.json path.</summary>
    public string AddEdition(string editionPath, params JsonObject[] factors)
    {
        Write($"{editionPath}/manifest.json", FactorJson.Manifest(editionPath));
        return Write($"{editionPath}/factors.json", FactorJson.FactorsDocument(factors));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
