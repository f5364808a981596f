using System.CommandLine;
using System.Globalization;
using Emissions.Factors;
using Emissions.Factors.Loading;

namespace Emissions.Cli.Commands;

/// <summary>
/// `emissions factors list|show|sets`: what the factor library holds, read from factors/ (or the
/// directories given with --factors) and validated on every run, so a broken file fails here too.
/// </summary>
internal static class FactorsCommand
{
    private const string Table = "table";
    private const string Json = "json";

    public static Command Create(CliContext context)
    {
        var directories = CliFactors.DirectoriesOption(recursive: true);
        var format = new Option<string>("--format")
        {
            Description = "output format",
            Recursive = true,
            DefaultValueFactory = _ => Table,
        };
        format.AcceptOnlyFromAmong(Table, Json);

        var command = new Command("factors", "Inspect the factor library: factors, editions, sets and their content hashes.")
        {
            directories,
            format,
            List(context, directories, format),
            Show(context, directories, format),
            Sets(context, directories, format),
        };
        return command;
    }

    private static Command List(CliContext context, Option<string[]> directories, Option<string> format)
    {
        var set = new Option<string>("--set") { Description = "only the factors and blends of this set", HelpName = "ID" };
        var command = new Command("list", "List factors and refrigerant blends, all of them or one set's.") { set };
        command.SetAction(parse => context.Guard("factors list", () =>
        {
            var library = CliFactors.Load(parse.GetValue(directories));
            var setId = parse.GetValue(set);
            var factorSet = setId is null ? null : new FactorSetName(setId, "--set").Find(library);
            var factors = factorSet?.Factors ?? library.Factors;
            var blends = factorSet?.Blends ?? library.Blends;
            if (parse.GetValue(format) == Json)
            {
                CliJson.Write(context.Output, new FactorListView(
                    factorSet?.Id, factorSet?.ContentHash, [.. factors.Select(FactorDto.From)], [.. blends.Select(BlendView.From)]));
                return ExitCodes.Ok;
            }

            // Built before anything is written: a blend whose GWP the set cannot give is refused with nothing on stdout.
            var blendTable = blends.Count > 0 ? BlendTable(blends, factorSet) : null;
            WriteFactorTable(context.Output, factors);
            if (blendTable is not null)
            {
                context.Output.WriteLine();
                blendTable.WriteTo(context.Output);
            }

            context.Output.WriteLine();
            var counts = VerificationCountsView.Of(factors);
            var summary = $"{Plural(factors.Count, "factor")} ({counts.Confirmed} confirmed, {counts.Secondary} secondary, {counts.Unverified} unverified), {Plural(blends.Count, "blend")}";
            context.Output.WriteLine(factorSet is null
                ? $"{summary} in {string.Join(", ", library.Directories)}"
                : $"set {factorSet.Id}: {summary}; content hash {factorSet.ContentHash}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliContext context, Option<string[]> directories, Option<string> format)
    {
        var id = new Argument<string>("id") { Description = "a factor or blend id, e.g. cn-mee/electricity/2022:national" };
        var command = new Command("show", "Show one factor or blend with its edition, provenance and the sets that include it.") { id };
        command.SetAction(parse => context.Guard("factors show", () =>
        {
            var library = CliFactors.Load(parse.GetValue(directories));
            var key = parse.GetValue(id)!;
            var json = parse.GetValue(format) == Json;
            if (library.FindFactor(key) is { } factor)
            {
                var sets = library.SetsContaining(factor.Edition.Path).Select(s => s.Id).ToList();
                if (json)
                {
                    CliJson.Write(context.Output, new FactorDetailView(FactorDto.From(factor), EditionView.From(factor.Edition), sets));
                }
                else
                {
                    WriteFactor(context.Output, factor, sets);
                }

                return ExitCodes.Ok;
            }

            if (library.FindBlend(key) is { } blend)
            {
                var gwps = library.SetsContaining(blend.Edition.Path)
                    .Select(s => (Set: s, Gwp: BlendGwp(new FactorResolver(s), blend, $"id '{key}'")))
                    .Select(x => new BlendGwpView(x.Set.Id, x.Set.Gwp, x.Gwp.Factor.Value.Value.ToString(CultureInfo.InvariantCulture), x.Gwp.Reason))
                    .ToList();
                if (json)
                {
                    CliJson.Write(context.Output, new BlendDetailView(BlendView.From(blend), EditionView.From(blend.Edition), gwps));
                }
                else
                {
                    WriteBlend(context.Output, blend, gwps);
                }

                return ExitCodes.Ok;
            }

            throw new CliInputException($"unknown factor id '{key}'; expected the id of a factor or blend, publisher/dataset/edition:name (e.g. cn-mee/electricity/2022:north){Suggest(library, key)}");
        }));
        return command;
    }

    private static Command Sets(CliContext context, Option<string[]> directories, Option<string> format)
    {
        var command = new Command("sets", "List the factor sets with their conventions and content hashes.");
        command.SetAction(parse => context.Guard("factors sets", () =>
        {
            var library = CliFactors.Load(parse.GetValue(directories));
            if (parse.GetValue(format) == Json)
            {
                CliJson.Write(context.Output, library.Sets.Select(SetView.From).ToList());
                return ExitCodes.Ok;
            }

            var table = new TextTable("ID", "YEAR", "METHOD", "GWP", "ELECTRICITY", "FALLBACKS", "FACTORS", "C/S/U", "CONTENT HASH (SHA-256)");
            foreach (var s in library.Sets)
            {
                var counts = VerificationCountsView.Of(s.Factors);
                var electricity = s.ElectricityResidualBasis is null ? s.ElectricityLocationBasis : $"{s.ElectricityLocationBasis} + residual";
                var fallbacks = string.Join(",", new[] { s.Fallbacks.RegionToNational ? "region" : null, s.Fallbacks.EarlierDataYear ? "year" : null }.OfType<string>());
                table.Add(
                    s.Id,
                    TextTable.Int(s.ReportingYear),
                    s.Method == ScopeOneMethod.Cn ? "cn" : "ipcc",
                    $"{s.Gwp}/{s.Ch4Convention}",
                    electricity,
                    fallbacks,
                    TextTable.Int(s.Factors.Count),
                    $"{counts.Confirmed}/{counts.Secondary}/{counts.Unverified}",
                    s.ContentHash);
            }

            table.WriteTo(context.Output);
            context.Output.WriteLine();
            context.Output.WriteLine($"{Plural(library.Sets.Count, "set")}; C/S/U = confirmed/secondary/unverified factors");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteFactorTable(TextWriter output, IReadOnlyList<Factor> factors)
    {
        var table = new TextTable("ID", "PARAMETER", "BASIS", "VALUE", "UNIT", "GAS", "CARRIER", "REGION", "YEAR", "STATUS");
        foreach (var f in factors)
        {
            table.Add(
                f.Id,
                f.Parameter.ToWire(),
                f.Basis,
                f.Value.Value.ToString(CultureInfo.InvariantCulture),
                f.Value.Unit.Symbol,
                f.Gwp(),
                f.Applicability.Carrier,
                f.Applicability.Region,
                Year(f.Applicability),
                f.Verification.ToWire());
        }

        table.WriteTo(output);
    }

    private static TextTable BlendTable(IReadOnlyList<RefrigerantBlend> blends, FactorSet? set)
    {
        var headers = new List<string> { "BLEND", "NAME", "COMPOSITION (MASS)", "STATUS" };
        if (set is not null)
        {
            headers.Add($"GWP ({set.Gwp}, tCO2e/t)");
        }

        var table = new TextTable([.. headers]);
        var resolver = set is null ? null : new FactorResolver(set);
        foreach (var b in blends)
        {
            var composition = string.Join(" + ", b.Components.Select(c => $"{c.MassFraction.ToString(CultureInfo.InvariantCulture)} {c.Gas}"));
            var gwp = resolver is null ? null : BlendGwp(resolver, b, $"--set '{set!.Id}'").Factor.Value.Value.ToString(CultureInfo.InvariantCulture);
            if (gwp is null)
            {
                table.Add(b.Id, b.Name, composition, b.Verification.ToWire());
            }
            else
            {
                table.Add(b.Id, b.Name, composition, b.Verification.ToWire(), gwp);
            }
        }

        return table;
    }

    /// <summary>A blend's GWP in a set; a set that lacks a component's GWP is bad input (a factor directory given with --factors), named by the argument that asked.</summary>
    private static FactorResolution BlendGwp(FactorResolver resolver, RefrigerantBlend blend, string field)
    {
        try
        {
            return resolver.ResolveGwp(blend.Name);
        }
        catch (FactorResolutionException ex)
        {
            throw new CliInputException($"{field}: the GWP of blend {blend.Name} in set {resolver.FactorSet.Id}: {ex.OneLineMessage}", ex);
        }
    }

    private static void WriteFactor(TextWriter output, Factor f, List<string> sets)
    {
        var a = f.Applicability;
        var e = f.Edition;
        var rows = new List<(string, string?)>
        {
            ("id", f.Id),
            ("parameter", f.Parameter.ToWire()),
            ("basis", f.Basis),
            ("value", f.Value.Value.ToString(CultureInfo.InvariantCulture)),
            ("unit", f.Value.Unit.Symbol.Length == 0 ? "(ratio, no unit)" : $"{f.Value.Unit.Symbol} ({f.Value.Unit.Kind})"),
            ("gas", f.Gas),
            ("gwp basis", f.GwpBasis),
            ("carrier", a.Carrier),
            ("region", a.Region),
            ("year", Year(a)),
            ("ch4 convention", a.Ch4Convention),
            ("verification", $"{f.Verification.ToWire()} ({f.Verification.Meaning()})"),
            ("source", f.Source),
            ("note", f.Note),
            ("edition", e.Path),
            ("title", e.Title),
            ("document", e.DocumentNumber),
            ("published", e.PublishedOn),
            ("published at", e.Source),
            ("licence", e.Licence),
            ("in sets", sets.Count == 0 ? "(none)" : string.Join(", ", sets)),
        };
        WriteFields(output, rows);
    }

    private static void WriteBlend(TextWriter output, RefrigerantBlend b, List<BlendGwpView> gwps)
    {
        var rows = new List<(string, string?)>
        {
            ("id", b.Id),
            ("name", b.Name),
            ("composition", string.Join(" + ", b.Components.Select(c => $"{c.MassFraction.ToString(CultureInfo.InvariantCulture)} {c.Gas}")) + " (mass fractions)"),
            ("verification", $"{b.Verification.ToWire()} ({b.Verification.Meaning()})"),
            ("source", b.Source),
            ("edition", b.Edition.Path),
        };
        rows.AddRange(gwps.Select(g => ($"gwp in {g.Set}", (string?)g.Computation)));
        if (gwps.Count == 0)
        {
            rows.Add(("gwp", "no set includes this blend; its GWP is computed per set from the set's AR edition"));
        }

        WriteFields(output, rows);
    }

    private static void WriteFields(TextWriter output, List<(string Name, string? Value)> rows)
    {
        var width = rows.Max(r => r.Name.Length);
        foreach (var (name, value) in rows.Where(r => !string.IsNullOrEmpty(r.Value)))
        {
            output.WriteLine($"{name.PadRight(width)}  {value}");
        }
    }

    private static string Year(Applicability a)
    {
        if (a.DataYear is { } dataYear)
        {
            return $"data {dataYear.ToString(CultureInfo.InvariantCulture)}";
        }

        if (a.ReportingYearFrom is { } from && a.ReportingYearTo is { } to)
        {
            return from == to
                ? $"reporting {from.ToString(CultureInfo.InvariantCulture)}"
                : $"reporting {from.ToString(CultureInfo.InvariantCulture)}–{to.ToString(CultureInfo.InvariantCulture)}";
        }

        return "";
    }

    private static string? Gwp(this Factor f) => f.GwpBasis is null ? f.Gas : $"{f.Gas} ({f.GwpBasis})";

    private static string Suggest(FactorLibrary library, string key)
    {
        var ids = library.Factors.Select(f => f.Id).Concat(library.Blends.Select(b => b.Id));
        var near = ids.Where(id => id.Contains(key, StringComparison.OrdinalIgnoreCase)).Take(5).ToList();
        return near.Count == 0 ? "; `emissions factors list` shows every id" : $"; did you mean {string.Join(", ", near)}?";
    }

    private static string Plural(int count, string noun) =>
        $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
