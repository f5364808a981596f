using System.CommandLine;
using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Cli.Commands;

/// <summary>
/// `emissions units [--kind KIND] [--format table|json] [--indent]`: every unit spelling the readers accept, with its
/// kind, canonical unit and exact scale; the scale words; the spellings refused as ambiguous. The list is Core's
/// (<see cref="UnitListing"/>), the one GET /v1/units answers: `--format json` writes the service's bytes (compact,
/// unless --indent), so the CLI user refused for an unknown unit has the list the service user has.
/// </summary>
internal static class UnitsCommand
{
    private const string Table = "table";
    private const string Json = "json";

    public static Command Create(CliContext context)
    {
        var kind = new Option<string?>("--kind") { Description = "only the spellings of this kind (Energy, Mass, Co2e, Area, Volume …; Money is every currency)", HelpName = "KIND" };
        var format = new Option<string>("--format") { Description = "output format", DefaultValueFactory = _ => Table };
        format.AcceptOnlyFromAmong(Table, Json);
        var indent = new Option<bool>("--indent") { Description = "indent the json (default compact, the bytes GET /v1/units answers)" };
        var command = new Command("units", "List the unit spellings accepted, with kind, canonical unit and exact scale; the scale words; the ambiguous spellings.")
        {
            kind,
            format,
            indent,
        };
        command.SetAction(parse => context.Guard("units", () =>
        {
            var kindName = parse.GetValue(kind);
            var list = kindName is null
                ? UnitListing.All
                : UnitListing.OfKind(kindName) ?? throw new CliInputException($"--kind '{kindName}': expected one of {UnitListing.ExpectedKinds()}");
            if (parse.GetValue(format) == Json)
            {
                CliJson.Write(context.Output, list, parse.GetValue(indent));
                return ExitCodes.Ok;
            }

            WriteTables(context.Output, list);
            context.Output.WriteLine();
            var kinds = list.Units.Select(u => u.Kind).Distinct(StringComparer.Ordinal).Count();
            context.Output.WriteLine(
                $"{Count(list.Units.Count, "spelling")} of {Count(kinds, "kind")}, {Count(list.ScaleWords.Count, "scale word")}, {Count(list.Ambiguous.Count, "ambiguous spelling")}; " +
                "SCALE = canonical units in one of the spelling, exact (1 J = 1/3600000 kWh); case matters, white space is ignored (\"metric tons CO2e\" is metrictonsCO2e)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteTables(TextWriter output, UnitList list)
    {
        var units = new TextTable("SYMBOL", "NAME", "KIND", "CANONICAL", "SCALE");
        foreach (var u in list.Units)
        {
            units.Add(u.Symbol, u.Name, u.Kind, u.CanonicalUnit, u.CanonicalScale);
        }

        units.WriteTo(output);
        output.WriteLine();

        // The few spellings read by a documented default ("MT", "therm") apart, so the table above has no column of dashes.
        var caveats = new TextTable("READ BY DEFAULT", "WARNING");
        foreach (var u in list.Units.Where(u => u.Caveat is not null))
        {
            caveats.Add(u.Symbol, u.Caveat);
        }

        if (caveats.Count > 0)
        {
            caveats.WriteTo(output);
            output.WriteLine();
        }

        // Scale words stand before a symbol of any kind (万吨, 亿度, million kWh), so a --kind list keeps them all.
        var words = new TextTable("SCALE WORD", "NAME", "FACTOR");
        foreach (var w in list.ScaleWords)
        {
            words.Add(w.Word, w.Name, w.Factor);
        }

        words.WriteTo(output);
        if (list.Ambiguous.Count == 0)
        {
            return;
        }

        output.WriteLine();
        var ambiguous = new TextTable("AMBIGUOUS", "WRITE ONE OF", "READINGS");
        foreach (var a in list.Ambiguous)
        {
            ambiguous.Add(a.Symbol, string.Join(", ", a.Choices.Select(c => $"'{c}'")), a.Readings);
        }

        ambiguous.WriteTo(output);
    }

    private static string Count(int count, string noun) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
