using Emissions.Contract.Checks;
using Emissions.Contract;
using Emissions.Verification;

namespace Emissions.Cli.Output;

/// <summary>One CSV row per check (<see cref="CsvWriter"/>, CRLF): <see cref="CheckTable"/>, the same table the service answers for text/csv.</summary>
internal static class CheckCsvWriter
{
    public static void Write(TextWriter output, CheckReport report) => CsvWriter.Write(output, CheckTable.Columns, CheckTable.Rows(report));
}
