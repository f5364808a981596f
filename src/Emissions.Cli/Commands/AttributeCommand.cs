using System.CommandLine;
using System.Text;
using Emissions.Attribution;
using Emissions.Inventory;

namespace Emissions.Cli.Commands;

/// <summary>
/// `emissions attribute FILE [--format table|json]`: which shipped factor set and grid factor reproduce the printed
/// totals (<c>totals</c>) of a calculate input.
/// </summary>
internal static class AttributeCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "a CONTRACT calculate input with the printed totals in \"totals\"" };
        var format = new Option<string>("--format") { Description = "table or json (the CONTRACT response)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var directories = CliFactors.DirectoriesOption();
        var command = new Command("attribute", "Find the factor sets and grid factors that reproduce a calculation's printed totals.") { file, format, directories };
        command.SetAction(parse => context.Guard("attribute", () =>
        {
            using var document = CliFiles.ReadJson(parse.GetValue(file)!);
            var library = CliFactors.Load(parse.GetValue(directories));
            var report = CalculationAttributor.Attribute(InventoryReader.Read(document.RootElement), library.Sets, library.Factors);
            if (parse.GetValue(format) == "json")
            {
                CliJson.Write(context.Output, report);
            }
            else
            {
                context.Output.Write(Text(report));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Per total: its conclusion, then the reproducing combinations and the five closest others with their gaps.</summary>
    private static string Text(CalculationAttributionReport report)
    {
        var sb = new StringBuilder();
        foreach (var total in report.Totals)
        {
            sb.Append(total.Conclusion).Append('\n');
            foreach (var c in total.Reproducing)
            {
                sb.Append("  reproduces  ").Append(c.Label).Append(": ").Append(c.Value).Append(' ').Append(c.Unit).Append(" (gap ").Append(c.RelativeGap).Append(" %)\n");
            }

            foreach (var c in total.Others.Take(5))
            {
                sb.Append("  gap ").Append(c.RelativeGap).Append(" %  ").Append(c.Label).Append(": ").Append(c.Value).Append(' ').Append(c.Unit).Append('\n');
            }

            if (total.Others.Count > 5)
            {
                sb.Append("  … ").Append(total.Others.Count - 5).Append(" more (--format json lists all)\n");
            }
        }

        sb.Append('\n').Append(report.Combinations).Append(" combinations tried: ").Append(report.Rule).Append('\n');
        foreach (var set in report.Excluded)
        {
            sb.Append("does not apply: ").Append(set.FactorSet).Append(": ").Append(set.Reason).Append('\n');
        }

        return sb.ToString();
    }
}
