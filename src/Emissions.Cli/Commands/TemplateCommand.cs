using System.CommandLine;
using Emissions.Spreadsheets;

namespace Emissions.Cli.Commands;

/// <summary>
/// `emissions template inventory.xlsx [--from inputs.json]`: the activity workbook to fill in (one sheet per input kind,
/// drop-down lists for fuels, regions, waste categories and the library's factor sets), or a JSON request as that workbook.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "the workbook to write (.xlsx)" };
        var from = new Option<string?>("--from") { Description = "fill the workbook with a CONTRACT calculate input (.json)", HelpName = "FILE" };
        var directories = CliFactors.DirectoriesOption();
        var command = new Command("template", "Write the activity workbook to fill in (read back by `emissions calculate`).") { file, from, directories };
        command.SetAction(parse => context.Guard("template", () =>
        {
            var path = parse.GetValue(file)!;
            if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliInputException($"template: '{path}': expected a file ending .xlsx");
            }

            var sets = CliFactors.Load(parse.GetValue(directories)).Sets.Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
            using var inventory = parse.GetValue(from) is { } json ? CliFiles.ReadJson(json) : null;
            try
            {
                using var stream = File.Create(path);
                ActivityWorkbook.Write(stream, sets, inventory?.RootElement);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliInputException($"template: '{path}': expected a writable file ({ex.Message})");
            }

            context.Output.WriteLine($"wrote {path}: sheets Inventory, {string.Join(", ", ActivitySheets.Sheets.Select(s => s.Name))}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
