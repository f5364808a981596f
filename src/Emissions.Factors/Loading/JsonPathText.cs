using System.Globalization;
using System.Text.RegularExpressions;

namespace Emissions.Factors.Loading;

/// <summary>JSONPath locations as errors print them: <c>$.factors[3].unit</c>.</summary>
internal static partial class JsonPathText
{
    public const string Root = "$";

    public static string Property(string path, string name) =>
        PlainName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>True when <paramref name="path"/> is <paramref name="ancestor"/> or lies below it.</summary>
    public static bool IsWithin(string path, string ancestor)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ancestor);
        return path.Length == ancestor.Length
            ? string.Equals(path, ancestor, StringComparison.Ordinal)
            : path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[';
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();
}
