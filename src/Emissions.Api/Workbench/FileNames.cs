using System.Text;

namespace Emissions.Api.Workbench;

/// <summary>Download names a browser saves as they are: ASCII letters, digits and '-' (the rest becomes '-', runs collapse).</summary>
internal static class FileNames
{
    public static string Safe(string? text)
    {
        var name = new StringBuilder();
        foreach (var c in text ?? "")
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var safe = name.ToString().Trim('-');
        return safe.Length > 40 ? safe[..40].TrimEnd('-') : safe;
    }
}
