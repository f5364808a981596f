using System.CommandLine;
using Emissions.Calculation;
using Emissions.Inventory;
using Emissions.Spreadsheets;

namespace Emissions.Cli.Commands;

/// <summary>`emissions calculate FILE [--format table|json|csv] [--factor-set ID]`: raw inputs → every metric with its trace.</summary>
internal static class CalculateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "the CONTRACT calculate input (JSON), or a bulk activity file (.csv with the bulk columns, .parquet)" };
        var format = new Option<string>("--format") { Description = "table, json (the CONTRACT response) or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var factorSet = new Option<string>("--factor-set") { Description = "the factor set to use (overrides the file's factorSet)", HelpName = "ID" };
        var directories = CliFactors.DirectoriesOption();
        var output = new Option<string?>("--out") { Description = "also write the results workbook (.xlsx: metrics with traces, factors, warnings)", HelpName = "FILE" };
        var header = new Option<string?>("--inventory")
        {
            Description = "with a bulk file: the rest of the inventory (organisation, period, factor set, headcount …) as a CONTRACT calculate input (JSON); the bulk rows are added to its lines",
            HelpName = "FILE",
        };
        var command = new Command("calculate", "Calculate every metric from raw activity data, with traces.") { file, format, factorSet, directories, output, header };
        command.SetAction(parse => context.Guard("calculate", () =>
        {
            var inventory = ReadInventory(parse.GetValue(file)!, parse.GetValue(header), context);
            var library = CliFactors.Load(parse.GetValue(directories));
            var result = CalculationRequest.Run(inventory, library, parse.GetValue(factorSet));
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

    private static Inventory.Inventory ReadInventory(string path, string? headerPath, CliContext context)
    {
        if (!BulkFiles.IsBulk(path))
        {
            if (headerPath is not null)
            {
                throw new CliInputException($"--inventory: '{headerPath}': expected only with a bulk activity file (.csv with the columns kind, amount, unit; .parquet)");
            }

            using var document = CliFiles.ReadJson(path);
            return InventoryReader.Read(document.RootElement);
        }

        var inventory = Inventory.Bulk.BulkInventory.Empty;
        if (headerPath is not null)
        {
            using var document = CliFiles.ReadJson(headerPath);
            inventory = InventoryReader.Read(document.RootElement);
        }

        // A bar only on a terminal: a redirected stderr (a log, a test) gets the one-line error or nothing.
        var terminal = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected ? context.Error : null;
        return BulkFiles.Read(path, inventory, terminal);
    }
}
