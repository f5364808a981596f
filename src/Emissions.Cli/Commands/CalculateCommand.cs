using System.CommandLine;
using Emissions.Calculation;
using Emissions.Inventory;
using Emissions.Contract.Calculations;
using Emissions.Spreadsheets;
using Emissions.Uncertainty;

namespace Emissions.Cli.Commands;

/// <summary>
/// `emissions calculate FILE [--format table|json|csv] [--factor-set ID] [--out results.xlsx] [--uncertainty NAME=VALUE …]
/// [--trace none|summary|full] [--indent]`: raw inputs → every metric with its trace. FILE is the CONTRACT JSON, an
/// activity workbook (.xlsx, the `emissions template` layout), an activity CSV (a kind column), or a bulk file (.parquet,
/// or a .csv whose columns are only the bulk columns); a workbook's errors name its sheet, row and column. JSON of more
/// than <see cref="TraceDetails.SummaryAboveLines"/> input lines defaults to summary traces; smaller answers to full
/// traces. Full traces are indented (as before traces scaled), summary and none compact, unless --indent says otherwise.
/// </summary>
internal static class CalculateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "the CONTRACT calculate input (.json), an activity workbook (.xlsx) or CSV, or a bulk activity file (.csv with only the bulk columns, .parquet)" };
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
        var uncertainty = new Option<string[]>("--uncertainty")
        {
            Description = "an input's or the factors' uncertainty, repeatable: electricity=2%, fuels=5%:uniform, factors=ipcc or factors=5%, seed=7, draws=20000; adds 95 % intervals (Monte Carlo and first order)",
            HelpName = "NAME=VALUE",
        };
        var trace = new Option<string?>("--trace")
        {
            Description = $"json traces: full (every input copied into each trace), summary (each input line once, traces refer to line ranges) or none; default full up to {TraceDetails.SummaryAboveLines:N0} input lines, summary above",
            HelpName = "none|summary|full",
        };
        trace.AcceptOnlyFromAmong([.. TraceDetails.Names]);
        var indent = new Option<bool?>("--indent")
        {
            Description = $"indent the json (--indent false: compact); default indented with full traces, compact with summary or none",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("calculate", "Calculate every metric from raw activity data, with traces.") { file, format, factorSet, directories, output, header, uncertainty, trace, indent };
        command.SetAction(parse => context.Guard("calculate", () =>
        {
            var path = parse.GetValue(file)!;
            var library = CliFactors.Load(parse.GetValue(directories));
            var entries = parse.GetValue(uncertainty) ?? [];
            var chosen = entries.Length == 0 ? null : UncertaintyReader.Parse(entries);
            var result = !BulkFiles.IsBulk(path) && Read(path) is { } workbook
                ? RunWorkbook(workbook, parse.GetValue(header), library, parse.GetValue(factorSet), chosen)
                : CalculationRequest.Run(ReadInventory(path, parse.GetValue(header), context), library, parse.GetValue(factorSet), chosen);
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
                    var detail = parse.GetValue(trace) is { } asked ? TraceDetails.Parse(asked, "--trace") : (TraceDetail?)null;
                    var response = CalculationResponse.From(result, detail);
                    // Full traces are written as they always were, indented; summary and none answers are for programs: compact.
                    var indented = parse.GetValue(indent) ?? response.Detail == TraceDetail.Full;
                    CliJson.Write(context.Output, response, indented);
                    break;
                case "csv":
                    CalculationTable.WriteCsv(context.Output, result);
                    break;
                default:
                    CalculationTable.WriteText(context.Output, result);
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

            InputHeap.Reserve(path);
            return CliFiles.ReadJson(path, json => InventoryReader.Read(json));
        }

        var inventory = Inventory.Bulk.BulkInventory.Empty;
        if (headerPath is not null)
        {
            inventory = CliFiles.ReadJson(headerPath, json => InventoryReader.Read(json));
        }

        // A bar only on a terminal: a redirected stderr (a log, a test) gets the one-line error or nothing.
        var terminal = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected ? context.Error : null;
        return BulkFiles.Read(path, inventory, terminal);
    }

    private static CalculationResult RunWorkbook(ActivityReading workbook, string? headerPath, Factors.Loading.FactorLibrary library, string? factorSet, UncertaintyOptions? uncertainty)
    {
        if (headerPath is not null)
        {
            throw new CliInputException($"--inventory: '{headerPath}': expected only with a bulk activity file (.csv with only the columns kind, amount, unit, region, fuel, period, site, meter; .parquet)");
        }

        return workbook.Run(root => CalculationRequest.Run(root, library, factorSet, uncertainty));
    }

    /// <summary>An activity workbook or CSV as the request it holds; null for JSON.</summary>
    private static ActivityReading? Read(string path)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(path))
            {
                throw CliFiles.NoSuchFile(path);
            }

            using var stream = File.OpenRead(path);
            return ActivityWorkbookReader.ReadXlsx(stream, Path.GetFileName(path));
        }

        return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ActivityWorkbookReader.ReadCsv(CliFiles.ReadText(path), Path.GetFileName(path)) : null;
    }
}
