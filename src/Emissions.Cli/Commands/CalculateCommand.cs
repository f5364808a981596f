using System.CommandLine;
using Emissions.Calculation;
using Emissions.Spreadsheets;

namespace Emissions.Cli.Commands;

/// <summary>
/// `emissions calculate FILE [--format table|json|csv] [--factor-set ID] [--out results.xlsx]`: raw inputs → every metric
/// with its trace. FILE is the CONTRACT JSON, an activity workbook (.xlsx, the `emissions template` layout) or an activity
/// CSV (a kind column); a workbook's errors name its sheet, row and column.
/// </summary>
internal static class CalculateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "the CONTRACT calculate input (.json), an activity workbook (.xlsx) or an activity CSV" };
        var format = new Option<string>("--format") { Description = "table, json (the CONTRACT response) or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var factorSet = new Option<string>("--factor-set") { Description = "the factor set to use (overrides the file's factorSet)", HelpName = "ID" };
        var directories = CliFactors.DirectoriesOption();
        var output = new Option<string?>("--out") { Description = "also write the results workbook (.xlsx: metrics with traces, factors, warnings)", HelpName = "FILE" };
        var command = new Command("calculate", "Calculate every metric from raw activity data, with traces.") { file, format, factorSet, directories, output };
        command.SetAction(parse => context.Guard("calculate", () =>
        {
            var path = parse.GetValue(file)!;
            var library = CliFactors.Load(parse.GetValue(directories));
            var result = Read(path) is { } workbook
                ? workbook.Run(root => CalculationRequest.Run(root, library, parse.GetValue(factorSet)))
                : Calculate(path, library, parse.GetValue(factorSet));
            if (parse.GetValue(output) is { } outPath)
            {
                if (!outPath.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    throw new CliInputException($"--out: '{outPath}': expected a file ending .xlsx (the results workbook)");
                }

                try
                {
                    using var stream = File.Create(outPath);
                    CalculationWorkbook.Write(stream, result);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new CliInputException($"--out: '{outPath}': expected a writable file ({ex.Message})");
                }
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    CliJson.Write(context.Output, CalculationResponse.From(result));
                    break;
                case "csv":
                    context.Output.Write(CalculationTable.ToCsv(result));
                    break;
                default:
                    context.Output.Write(CalculationTable.ToText(result));
                    break;
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static CalculationResult Calculate(string path, Factors.Loading.FactorLibrary library, string? factorSet)
    {
        using var document = CliFiles.ReadJson(path);
        return CalculationRequest.Run(document.RootElement, library, factorSet);
    }

    /// <summary>An activity workbook or CSV as the request it holds; null for JSON.</summary>
    private static ActivityReading? Read(string path)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(path))
            {
                throw new CliInputException($"{path}: no such file");
            }

            using var stream = File.OpenRead(path);
            return ActivityWorkbookReader.ReadXlsx(stream, Path.GetFileName(path));
        }

        return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ActivityWorkbookReader.ReadCsv(CliFiles.ReadText(path), Path.GetFileName(path)) : null;
    }
}
