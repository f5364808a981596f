using System.CommandLine;
using Emissions.Calculation;
using Emissions.Spreadsheets;
using Emissions.Uncertainty;

namespace Emissions.Cli.Commands;

/// <summary>`emissions calculate FILE [--format table|json|csv] [--factor-set ID] [--uncertainty NAME=VALUE …]`: raw inputs → every metric with its trace.</summary>
internal static class CalculateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "the CONTRACT calculate input (JSON)" };
        var format = new Option<string>("--format") { Description = "table, json (the CONTRACT response) or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var factorSet = new Option<string>("--factor-set") { Description = "the factor set to use (overrides the file's factorSet)", HelpName = "ID" };
        var directories = CliFactors.DirectoriesOption();
        var output = new Option<string?>("--out") { Description = "also write the results workbook (.xlsx: metrics with traces, factors, warnings)", HelpName = "FILE" };
        var uncertainty = new Option<string[]>("--uncertainty")
        {
            Description = "an input's or the factors' uncertainty, repeatable: electricity=2%, fuels=5%:uniform, factors=ipcc or factors=5%, seed=7, draws=20000; adds 95 % intervals (Monte Carlo and first order)",
            HelpName = "NAME=VALUE",
        };
        var command = new Command("calculate", "Calculate every metric from raw activity data, with traces.") { file, format, factorSet, directories, output, uncertainty };
        command.SetAction(parse => context.Guard("calculate", () =>
        {
            using var document = CliFiles.ReadJson(parse.GetValue(file)!);
            var library = CliFactors.Load(parse.GetValue(directories));
            var entries = parse.GetValue(uncertainty) ?? [];
            var result = CalculationRequest.Run(document.RootElement, library, parse.GetValue(factorSet), entries.Length == 0 ? null : UncertaintyReader.Parse(entries));
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
}
