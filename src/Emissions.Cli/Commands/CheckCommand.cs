using System.CommandLine;
using Emissions.Cli.Output;
using Emissions.Contract.Checks;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Cli.Commands;

/// <summary>
/// `emissions check report.json [--format table|json|csv] [--materiality 5%]`: published figures
/// against each other. FILE is a CONTRACT Check request (JSON) or a figures CSV
/// (id,metric,value,unit,qualifier,period,site,label) with optional `--relations relations.csv`, or a
/// workbook (.xlsx) or CSV with English or Chinese headers read by <see cref="SpreadsheetCheckReader"/>.
/// `--out paper.xlsx` also writes the auditor's working paper (`--out verdicts.csv`: Excel-ready CSV with a BOM).
/// Exit 0 when no discrepancy is material, 1 when one is, 2 on bad input.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "a Check request (.json), a figures table (.csv) or a workbook (.xlsx)" };
        var output = new Option<string?>("--out") { Description = "also write the result to a file: .xlsx (the working paper), .csv (Excel-ready, with a BOM) or .json", HelpName = "FILE" };
        var format = new Option<string>("--format") { Description = "table (default), json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var materiality = new Option<string?>("--materiality") { Description = "discrepancies at least this large are material, e.g. 5% (overrides the request's options)" };
        var aboutTolerance = new Option<string?>("--about-tolerance") { Description = "how far 'about' reaches, e.g. 5% (overrides the request's options)" };
        var relations = new Option<string?>("--relations") { Description = "the auditor's relations as CSV (id,metric,formula), for a CSV FILE" };
        var period = new Option<string?>("--period") { Description = "the document period for a CSV FILE (figures may override it)" };
        var factors = new Option<string[]>("--factor")
        {
            Description = "a factor the formulas name, e.g. \"absorption-rate[forest]=67 kgCO2/(mu·day)\" (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var factorSet = new Option<string?>("--factor-set") { Description = "the factor set for factor references and $.inputs (overrides the request's options.factorSet)", HelpName = "ID" };
        var directories = CliFactors.DirectoriesOption();
        var maxFigures = new Option<int>("--max-figures") { Description = "refuse requests with more figures than this", DefaultValueFactory = _ => CheckRequestReader.DefaultMaxFigures };
        var command = new Command("check", "Check published figures against each other: reproduced, consistent, discrepant or unverifiable.")
        {
            file, format, materiality, aboutTolerance, relations, period, factors, factorSet, directories, maxFigures, output,
        };
        command.SetAction(parse => context.Guard("check", () =>
        {
            var request = Read(parse.GetValue(file)!, parse.GetValue(relations), parse.GetValue(period), parse.GetValue(maxFigures));
            request = WithOptions(request, parse.GetValue(materiality), parse.GetValue(aboutTolerance));
            var name = parse.GetValue(factorSet) is { } chosen ? new FactorSetName(chosen, FactorSetName.CommandLineOption) : FactorSetName.OfCheck(request);
            var directoryList = parse.GetValue(directories);
            var library = name is null ? null : CliFactors.Load(directoryList);
            var set = name?.Find(library!);

            // Implied factors are attributed to every edition of the library, read only when a check needs it.
            var candidates = new FactorCandidates(() => (library ?? CliFactors.TryLoad(directoryList))?.Factors ?? []);
            var explicitFactors = FactorLookup(parse.GetValue(factors) ?? []);
            var report = CheckRun.Run(request, set, explicitFactors, candidates);
            if (parse.GetValue(output) is { } outPath)
            {
                WriteOut(outPath, request, report, set, explicitFactors);
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    context.Output.WriteLine(CheckReportJson.Write(report));
                    break;
                case "csv":
                    CheckCsvWriter.Write(context.Output, report);
                    break;
                default:
                    CheckTableWriter.Write(context.Output, report);
                    break;
            }

            return report.HasMaterialDiscrepancy ? ExitCodes.MaterialDiscrepancy : ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteOut(string path, CheckRequest request, CheckReport report, Factors.FactorSet? set, Dictionary<FactorReference, Quantity> explicitFactors)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv" or ".json"))
        {
            throw new CliInputException($"--out: '{path}': expected a file ending .xlsx (the working paper), .csv or .json");
        }

        try
        {
            using var stream = File.Create(path);
            switch (extension)
            {
                case ".xlsx":
                    WorkingPaper.Write(stream, request, report, set, explicitFactors);
                    break;
                case ".csv":
                    ExcelCheckCsv.Write(stream, request, report, set, byteOrderMark: true);
                    break;
                default:
                    stream.Write(System.Text.Encoding.UTF8.GetBytes(CheckReportJson.Write(report)));
                    break;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--out: '{path}': expected a writable file ({ex.Message})");
        }
    }

    private static CheckRequest Read(string path, string? relationsPath, string? period, int maxFigures)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            if (relationsPath is not null)
            {
                throw new CliInputException($"--relations: '{relationsPath}': expected only with a CSV FILE (a workbook carries its relations on a sheet named Relations)");
            }

            using var stream = OpenFile(path);
            var fromWorkbook = SpreadsheetCheckReader.ReadXlsx(stream, Path.GetFileName(path), maxFigures: maxFigures).Request;
            return period is null ? fromWorkbook : fromWorkbook with { Period = period };
        }

        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJson(path, relationsPath, period, maxFigures);
        }

        var text = ReadFile(path);
        if (relationsPath is null && !HasContractHeader(text, path))
        {
            // English or Chinese headers, in any order, a unit in a header's brackets: the spreadsheet reader.
            var fromTable = SpreadsheetCheckReader.ReadCsv(text, Path.GetFileName(path), maxFigures).Request;
            return period is null ? fromTable : fromTable with { Period = period };
        }

        var relations = relationsPath is null ? null : ReadFile(relationsPath);
        return CsvCheckReader.Read(text, relations, Path.GetFileName(path), relationsPath is null ? "relations.csv" : Path.GetFileName(relationsPath),
            period: period, maxFigures: maxFigures);
    }

    /// <summary>
    /// A JSON request read from the file's UTF-8 bytes, its mapped pages when it is large (as `calculate` reads an
    /// inventory): in one pass when <see cref="CheckRequestUtf8Reader"/> can prove the document way gives the same request
    /// (as `POST /v1/checks` reads it, issue 16), else parsed and read from its document, which names any error as before.
    /// </summary>
    private static CheckRequest ReadJson(string path, string? relationsPath, string? period, int maxFigures)
    {
        var request = CliFiles.ReadUtf8(path, json =>
        {
            // Refused once the file is read, as before: an unreadable file is named first.
            if (relationsPath is not null)
            {
                throw new CliInputException($"--relations: '{relationsPath}': expected only with a CSV FILE (a JSON request carries its own \"relations\")");
            }

            // The document's own framing: its nesting limit, and no limit on array entries but the figures'.
            return CheckRequestUtf8Reader.TryRead(json.Span, CheckRequestReader.MaxDepth, int.MaxValue, maxFigures)
                ?? CheckRequestReader.Parse(json, maxFigures);
        });
        return period is null ? request : request with { Period = period };
    }

    private static CheckRequest WithOptions(CheckRequest request, string? materiality, string? aboutTolerance)
    {
        var options = request.Options;
        if (materiality is not null)
        {
            options = options with { Materiality = CheckRequestReader.ParseFraction(materiality, "--materiality") };
        }

        if (aboutTolerance is not null)
        {
            options = options with { AboutTolerance = CheckRequestReader.ParseFraction(aboutTolerance, "--about-tolerance") };
        }

        return request with { Options = options };
    }

    /// <summary>"absorption-rate[forest]=67 kgCO2/(mu·day)" → @absorption-rate[forest] = 67 kgCO2/(mu·day).</summary>
    private static Dictionary<FactorReference, Quantity> FactorLookup(string[] factors)
    {
        var values = new Dictionary<FactorReference, Quantity>();
        foreach (var text in factors)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var open = text.IndexOf('[', StringComparison.Ordinal);
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (equals < 0 || open < 0 || close < open || close > equals)
            {
                throw new CliInputException($"--factor: '{text}': expected parameter[carrier]=value unit, e.g. \"absorption-rate[forest]=67 kgCO2/(mu·day)\"");
            }

            var parameter = text[..open].Trim().TrimStart('@');
            var carrier = text[(open + 1)..close].Trim();
            Measurement value;
            try
            {
                value = Measurement.Parse(text[(equals + 1)..]);
            }
            catch (QuantityException ex)
            {
                throw new CliInputException($"--factor: '{text}': expected a value with its unit after '=' ({ex.Message})");
            }

            values[new FactorReference(parameter, carrier)] = value.Quantity;
        }

        return values;
    }

    /// <summary>Whether the header names only CONTRACT columns (id,metric,value,…), which the strict CSV reader reads as before.</summary>
    private static bool HasContractHeader(string text, string path)
    {
        var records = CsvCheckReader.Records(text, Path.GetFileName(path));
        string[] contract = ["id", "metric", "value", "unit", "qualifier", "period", "site", "label"];
        return records.Count == 0 || records[0].Fields.All(f => contract.Contains(f.Trim(), StringComparer.Ordinal) || JsonInput.AnnotationFields.Contains(f.Trim()));
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CliInputException($"'{path}': expected a readable file ({ex.Message})");
        }
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new CliInputException($"'{path}': expected a readable file ({ex.Message})");
        }
    }
}
