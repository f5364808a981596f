using System.Globalization;
using System.Reflection;

namespace Emissions.Storage;

/// <summary>The embedded scripts of one provider, in version order. Scripts are never edited once released: a change is a new script.</summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> For(DatabaseProvider provider)
    {
        var folder = provider == DatabaseProvider.Postgres ? "postgres" : "sqlite";
        var assembly = typeof(Migrations).Assembly;
        var prefix = $"Migrations/{folder}/";
        var list = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var normalized = name.Replace('\\', '/');
            if (!normalized.StartsWith(prefix, StringComparison.Ordinal) || !normalized.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var file = normalized[prefix.Length..^4];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(file[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new StoreConfigurationException($"migration '{name}' is not named NNNN_name.sql");
            }

            list.Add(new Migration(version, file[(underscore + 1)..], Read(assembly, name)));
        }

        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Version != i + 1)
            {
                throw new StoreConfigurationException($"{folder} migrations must be numbered 1, 2, 3 … without gaps; found {list[i].Version} at position {i + 1}");
            }
        }

        return list;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new StoreConfigurationException($"missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
