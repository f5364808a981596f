using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Cli.Output;

/// <summary>One CSV row per check (RFC 4180 quoting): <see cref="CheckTable"/>, the same table the service answers for text/csv.</summary>
internal static class CheckCsvWriter
{
    public static void Write(TextWriter output, CheckReport report)
    {
        output.WriteLine(string.Join(",", CheckTable.Columns));
        foreach (var row in CheckTable.Rows(report))
        {
            output.WriteLine(string.Join(",", row.Select(Quote)));
        }
    }

    private static string Quote(string? field)
    {
        if (field is null)
        {
            return "";
        }

        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
