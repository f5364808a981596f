using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Calculation;

/// <summary>
/// Random valid calculate requests (as JSON) over the factors of <see cref="TestFactorSet.ChineseDefaults"/>: any mix of
/// fuels, electricity (with renewable parts), heat, refrigerants, waste, water, organisation denominators, printed
/// totals and data-center sites whose facility energy covers IT, cooling and power loss.
/// </summary>
internal static class RandomInventories
{
    private static readonly string[] Regions = ["CN-North", "CN"];
    private static readonly string[] TotalIds = ["energy.indirect", "energy.total", "ghg.total", "waste.total", "energy.direct"];

    // A positive amount with up to three decimals.
    private static readonly Gen<decimal> Amount =
        from units in Gen.Choose(1, 2_000_000)
        from scale in Gen.Choose(0, 3)
        select new decimal(units, 0, 0, false, (byte)scale);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static Gen<string?> Optional(Gen<string> gen) =>
        from present in Gen.Elements(true, false)
        from value in gen
        select present ? value : null;

    private static Gen<string> Lines(Gen<string> line, int max) =>
        from count in Gen.Choose(0, max)
        from lines in Gen.ListOf(line, count)
        select string.Join(", ", lines);

    private static readonly Gen<string> Fuel =
        from gas in Gen.Elements(true, false)
        from amount in Amount
        select gas ? $$"""{"fuel": "natural-gas", "amount": "{{Text(amount)}} m³"}""" : $$"""{"fuel": "diesel", "amount": "{{Text(amount)}} t"}""";

    private static readonly Gen<string> Electricity =
        from amount in Amount
        from region in Gen.Elements(Regions)
        from renewablePart in Gen.Choose(-1, 100)
        select renewablePart < 0
            ? $$"""{"amount": "{{Text(amount)}} MWh", "region": "{{region}}"}"""
            : $$"""{"amount": "{{Text(amount)}} MWh", "region": "{{region}}", "renewable": "{{Text(amount * renewablePart / 100m)}} MWh"}""";

    private static readonly Gen<string> Heat = Amount.Select(a => $$"""{"amount": "{{Text(a)}} GJ"}""");

    private static readonly Gen<string> Refrigerant = Amount.Select(a => $$"""{"gas": "R-410A", "released": "{{Text(a)}} kg"}""");

    private static readonly Gen<string> Waste =
        from category in Gen.Elements("hazardous", "non-hazardous")
        from amount in Amount
        select $$"""{"category": "{{category}}", "amount": "{{Text(amount)}} t"}""";

    // A site without its id: "{0}" stands for it.
    private static readonly Gen<string> Site =
        from it in Amount
        from cooling in Optional(Amount.Select(Text))
        from loss in Optional(Amount.Select(Text))
        from other in Amount
        from renewablePart in Gen.Choose(-1, 100)
        from reused in Optional(Amount.Select(Text))
        from water in Optional(Amount.Select(a => $"{Text(a)} {(a > 1000m ? "t" : "m³")}"))
        from region in Gen.Elements(Regions.Append(null).ToArray())
        let facility = it + decimal.Parse(cooling ?? "0", CultureInfo.InvariantCulture) + decimal.Parse(loss ?? "0", CultureInfo.InvariantCulture) + other
        select "{" + string.Join(", ", new[]
        {
            "\"id\": \"site-{0}\"", $"\"facility\": \"{Text(facility)} MWh\"", $"\"it\": \"{Text(it)} MWh\"",
            cooling is null ? null : $"\"cooling\": \"{cooling} MWh\"", loss is null ? null : $"\"powerLoss\": \"{loss} MWh\"",
            renewablePart < 0 ? null : $"\"renewable\": \"{Text(facility * renewablePart / 100m)} MWh\"",
            reused is null ? null : $"\"reused\": \"{reused} MWh\"", water is null ? null : $"\"water\": \"{water}\"",
            region is null ? null : $"\"region\": \"{region}\"",
        }.Where(p => p is not null)) + "}";

    private static readonly Gen<string> Sites =
        from count in Gen.Choose(0, 4)
        from sites in Gen.ListOf(Site, count)
        select string.Join(", ", sites.Select((site, i) => site.Replace("{0}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));

    private static readonly Gen<string> Totals =
        from count in Gen.Choose(0, 2)
        from ids in Gen.ListOf(Gen.Elements(TotalIds), count)
        from amount in Amount
        select string.Join(", ", ids.Distinct().Select(id => $"\"{id}\": \"{Text(amount)} {(id.StartsWith("ghg", StringComparison.Ordinal) ? "t" : id.StartsWith("waste", StringComparison.Ordinal) ? "t" : "MWh")}\""));

    /// <summary>A whole request.</summary>
    public static readonly Gen<string> Json =
        from headcount in Optional(Gen.Choose(1, 100_000).Select(h => h.ToString(CultureInfo.InvariantCulture)))
        from revenue in Optional(Amount.Select(a => $"{Text(a)} 万元"))
        from area in Optional(Amount.Select(a => $"{Text(a)} m²"))
        from fuels in Lines(Fuel, 3)
        from electricity in Lines(Electricity, 3)
        from heat in Lines(Heat, 2)
        from refrigerants in Lines(Refrigerant, 1)
        from waste in Lines(Waste, 2)
        from withdrawal in Optional(Amount.Select(Text))
        from discharge in Optional(Amount.Select(Text))
        from sites in Sites
        from totals in Totals
        select Build(headcount, revenue, area, fuels, electricity, heat, refrigerants, waste, withdrawal, discharge, sites, totals);

    private static string Build(string? headcount, string? revenue, string? area, string fuels, string electricity, string heat, string refrigerants,
        string waste, string? withdrawal, string? discharge, string sites, string totals)
    {
        var water = new[] { withdrawal is null ? null : $"\"withdrawal\": \"{withdrawal} m³\"", discharge is null ? null : $"\"discharge\": \"{discharge} m³\"" };
        var fields = new[]
        {
            "\"period\": \"2022\", \"region\": \"CN\"",
            headcount is null ? null : $"\"headcount\": \"{headcount}\"",
            revenue is null ? null : $"\"revenue\": \"{revenue}\"",
            area is null ? null : $"\"floorArea\": \"{area}\"",
            $"\"fuels\": [{fuels}], \"electricity\": [{electricity}], \"heat\": [{heat}], \"refrigerants\": [{refrigerants}], \"waste\": [{waste}]",
            $"\"water\": {{{string.Join(", ", water.Where(w => w is not null))}}}",
            $"\"dataCenters\": [{sites}], \"totals\": {{{totals}}}",
        };
        return "{" + string.Join(", ", fields.Where(f => f is not null)) + "}";
    }
}
