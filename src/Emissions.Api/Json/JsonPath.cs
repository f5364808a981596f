namespace Emissions.Api.Json;

/// <summary>JSON paths as problem documents print them: $.figures[3].unit, $['odd key'].</summary>
public static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return IsIdentifier(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";
    }

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Build(IReadOnlyList<(bool IsArray, int Index, string? Property)> frames)
    {
        var path = Root;
        foreach (var (isArray, index, property) in frames)
        {
            if (isArray)
            {
                if (index >= 0)
                {
                    path = Index(path, index);
                }
            }
            else if (property is not null)
            {
                path = Property(path, property);
            }
        }

        return path;
    }
}
