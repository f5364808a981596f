using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Cli.Tests.Fuzz;

/// <summary>One printed figure of a generated request: always an id (relations name it), sometimes a catalogue metric.</summary>
internal sealed record FuzzFigure(string Id, string? Metric, string Value, string? Unit, string? Qualifier);

/// <summary>An auditor's relation of a generated request: <c>Target = Formula</c> over the other figures' ids.</summary>
internal sealed record FuzzRelation(string Id, string Target, string Formula);

/// <summary>A whole generated check request, written as the JSON the CLI and the service read.</summary>
internal sealed record FuzzRequest(IReadOnlyList<FuzzFigure> Figures, IReadOnlyList<FuzzRelation> Relations, string? Materiality, string? AboutTolerance, string? FactorSet)
{
    public string Json
    {
        get
        {
            var json = new StringBuilder("{\"figures\": [");
            json.AppendJoin(", ", Figures.Select(f =>
                $"{{\"id\": \"{f.Id}\"{Member("metric", f.Metric)}, \"value\": \"{f.Value}\"{Member("unit", f.Unit)}{Member("qualifier", f.Qualifier)}}}"));
            json.Append("], \"relations\": [");
            json.AppendJoin(", ", Relations.Select(r => $"{{\"id\": \"{r.Id}\", \"metric\": \"{r.Target}\", \"formula\": \"{r.Formula}\"}}"));
            json.Append(']');
            var options = new[] { ("materiality", Materiality), ("aboutTolerance", AboutTolerance), ("factorSet", FactorSet) }
                .Where(o => o.Item2 is not null).Select(o => $"\"{o.Item1}\": \"{o.Item2}\"").ToList();
            if (options.Count > 0)
            {
                json.Append(", \"options\": {").AppendJoin(", ", options).Append('}');
            }

            return json.Append('}').ToString();
        }
    }

    public override string ToString() => Json;

    private static string Member(string name, string? value) => value is null ? "" : $", \"{name}\": \"{value}\"";
}

/// <summary>
/// Generates whole check requests: figures over the whole decimal range and odd scales (10^-28 … 7.9 × 10^28, negative,
/// zero, trailing zeros, 28 decimals), units of every kind (%, bare, kg, t, 萬噸, MWh, GJ …), every qualifier, the
/// catalogue's families of metrics (so that catalogue relations apply) and the auditor's relations with + − × ÷, sum,
/// yoy, pp, constants with units and factor references, and divisors near zero.
/// </summary>
internal static class CheckRequestGen
{
    // The catalogue's relations by family: the metrics of each family printed together make its relations apply.
    private static readonly string[][] Families =
    [
        ["ghg.total", "ghg.scope1", "ghg.scope2"],
        ["ghg.total.per-employee", "ghg.total", "org.headcount"],
        ["energy.indirect", "energy.electricity", "energy.heat"],
        ["energy.total", "energy.direct", "energy.indirect"],
        ["dc.pue", "dc.energy.facility", "dc.energy.it"],
        ["dc.pue", "dc.clf", "dc.plf", "dc.olf"],
        ["dc.wue", "dc.water", "dc.energy.it"],
        ["dc.dcie", "dc.pue"],
        ["energy.renewable.share", "energy.renewable", "energy.electricity"],
        ["water.consumption", "water.withdrawal", "water.discharge"],
        ["waste.total", "waste.hazardous", "waste.non-hazardous"],
        ["equiv.forest-mu-days", "ghg.avoided"],
    ];

    // Units by the kind of the metric they print (a bare or % figure for a metric with a unit is noted, not refused).
    private static readonly Dictionary<string, string[]> UnitsByKind = new(StringComparer.Ordinal)
    {
        ["co2e"] = ["t", "kg", "萬噸", "万吨", "tCO2e", "kgCO2e", "万吨二氧化碳当量", "tCO₂-e", "Mt"],
        ["energy"] = ["MWh", "kWh", "GJ", "兆瓦時", "吉焦", "TJ", "million kWh", "MMBtu"],
        ["water"] = ["m³", "噸", "吨", "L", "万立方米"],
        ["mass"] = ["t", "kg", "萬噸", "g"],
        ["ratio"] = ["%", "", "‰", "％", "ppm", "倍"],
        ["persons"] = ["人", "", "person"],
        ["per-person"] = ["t/人", "kgCO2e/person", "tCO2e/person"],
        ["wue"] = ["L/kWh", "m³/MWh", ""],
        ["mu-days"] = ["mu·day", "亩·天", ""],
    };

    private static string KindOf(string metric) => metric switch
    {
        _ when metric.StartsWith("ghg.", StringComparison.Ordinal) && metric.EndsWith("per-employee", StringComparison.Ordinal) => "per-person",
        _ when metric.StartsWith("ghg.", StringComparison.Ordinal) => "co2e",
        "org.headcount" => "persons",
        _ when metric.StartsWith("energy.", StringComparison.Ordinal) && metric != "energy.renewable.share" => "energy",
        _ when metric.StartsWith("dc.energy", StringComparison.Ordinal) => "energy",
        "dc.water" or "water.consumption" or "water.withdrawal" or "water.discharge" => "water",
        _ when metric.StartsWith("waste.", StringComparison.Ordinal) => "mass",
        "dc.wue" => "wue",
        "equiv.forest-mu-days" => "mu-days",
        _ => "ratio",
    };

    private static readonly string[] AllUnits = [.. UnitsByKind.Values.SelectMany(u => u).Distinct()];

    /// <summary>Values at the ends of decimal's range and around its odd corners, as printed.</summary>
    private static readonly string[] Corners =
    [
        "0", "0.0", "-0", "0.000", "0.0000000000000000000000000001", "-0.0000000000000000000000000001", "0.0000000000000000000000000009",
        "79228162514264337593543950335", "-79228162514264337593543950335", "79000000000000000000000000000", "70000000000000000000000000000",
        "7922816251426433759354395033.5", "1000000000000000000000000000", "100000000", "1", "3", "-3", "0.5", "1.000000000000000000000000000",
        "0.3333333333333333333333333333", "9999999999999999999999999999", "1e-28", "7.9e28", "1.5E3", "12,345.60",
    ];

    private static readonly string[] Qualifiers = ["exact", "about", "below", "above", "at-most", "at-least", "nearly", "<", "~"];

    /// <summary>Constants a formula may hold: pure numbers near zero and near the limit, and quantities with units.</summary>
    private static readonly string[] Constants =
    [
        "0", "1", "2", "100", "0.5", "3.6", "0.0000000000000000000000000001", "79228162514264337593543950335", "1000000000000",
        "5 %", "3.6 GJ/MWh", "1000 kg/t", "0.001 t/kg", "2 t", "1 MWh", "(1 - 1)",
    ];

    private static readonly string[] FactorReferences = ["@emission-factor[electricity]", "@absorption-rate[forest]", "@net-calorific-value[diesel]"];

    public static Gen<string> Value() =>
        from sign in Gen.Frequency((4, Gen.Constant("")), (1, Gen.Constant("-")))
        from kind in Gen.Choose(0, 9)
        from corner in Gen.Elements(Corners)
        from digits in Gen.Choose(1, 28)
        from mantissa in Gen.ArrayOf(Gen.Choose(0, 9), 28)
        from scale in Gen.Choose(0, 28)
        from zeros in Gen.Choose(0, 27)
        select kind switch
        {
            < 3 => corner,
            < 6 => sign + Decimal(mantissa, digits, Math.Min(scale, digits + 1)),
            < 8 => sign + Decimal(mantissa, Math.Min(digits, 6), Math.Min(scale, 3)),
            _ => sign + TrailingZeros(mantissa, digits, zeros),
        };

    /// <summary>The first <paramref name="digits"/> digits of <paramref name="mantissa"/> with <paramref name="scale"/> of them after the point.</summary>
    /// <remarks>At most 28 digits and none below 10^-28: a number a decimal holds exactly (CONTRACT).</remarks>
    private static string Decimal(int[] mantissa, int digits, int scale)
    {
        var text = string.Concat(mantissa.Take(digits).Select(d => d.ToString(CultureInfo.InvariantCulture)));
        if (scale == 0)
        {
            return text.TrimStart('0') is { Length: > 0 } whole ? whole : "0";
        }

        text = text.PadLeft(scale + 1, '0');
        var integer = text[..^scale].TrimStart('0');
        return $"{(integer.Length == 0 ? "0" : integer)}.{text[^scale..]}";
    }

    /// <summary>A whole number of at most 28 digits ending in <paramref name="zeros"/> zeros ("12000000").</summary>
    private static string TrailingZeros(int[] mantissa, int digits, int zeros)
    {
        var significant = Math.Max(1, Math.Min(digits, 28 - zeros));
        var lead = Decimal(mantissa, significant, 0);
        return lead == "0" ? "0" : lead + new string('0', Math.Min(zeros, 28 - lead.Length));
    }

    private static Gen<string?> Qualifier() =>
        Gen.Frequency((5, Gen.Constant<string?>(null)), (5, Gen.Elements(Qualifiers).Select(q => (string?)q)));

    private static Gen<string?> UnitFor(string? metric) =>
        metric is null
            ? Gen.Elements(AllUnits).Select(u => u.Length == 0 ? null : u)
            : Gen.Frequency(
                (30, Gen.Elements(UnitsByKind[KindOf(metric)]).Select(u => u.Length == 0 ? null : (string?)u)),
                (1, Gen.Elements(AllUnits).Select(u => u.Length == 0 ? null : (string?)u)));

    private static Gen<FuzzFigure> Figure(int index, string? metric) =>
        from value in Value()
        from unit in UnitFor(metric)
        from qualifier in Qualifier()
        select new FuzzFigure($"f{index}", metric, value, unit, qualifier);

    /// <summary>A formula over the ids <paramref name="names"/>: + − × ÷, sum, yoy, pp, constants and factor references, up to three levels deep.</summary>
    public static Gen<string> Formula(IReadOnlyList<string> names, int depth)
    {
        var leaf = Gen.Frequency(
            (8, Gen.Elements(names.ToArray())),
            (2, Gen.Elements(Constants)),
            (1, Gen.Elements(FactorReferences)));
        if (depth == 0)
        {
            return leaf;
        }

        var sub = Formula(names, depth - 1);
        return Gen.Frequency(
            (3, leaf),
            (6, from op in Gen.Elements("+", "-", "*", "/") from a in sub from b in sub select $"{a} {op} {b}"),
            (2, from a in sub from b in sub select $"({a}) / ({b})"),
            (1, from a in sub from b in sub from c in sub select $"sum({a}, {b}, {c})"),
            (1, from a in Gen.Elements(names.ToArray()) from b in Gen.Elements(names.ToArray()) select $"yoy({a}, {b})"),
            (1, from a in Gen.Elements(names.ToArray()) from b in Gen.Elements(names.ToArray()) select $"pp({a}, {b})"),
            (1, from a in sub select $"({a}) * 100"),
            (1, from a in sub select $"-({a})"));
    }

    public static Gen<FuzzRequest> Request() =>
        from family in Gen.Frequency((3, Gen.Elements(Families)), (1, Gen.Constant<string[]>([])))
        from extra in Gen.Choose(family.Length == 0 ? 2 : 0, 3)
        let metrics = family.Select(m => (string?)m).Concat(Enumerable.Repeat<string?>(null, extra)).ToArray()
        from figures in Gen.CollectToArray(metrics.Select((m, i) => Figure(i, m)))
        from relationCount in Gen.Choose(0, 3)
        from relations in Gen.CollectToArray(Enumerable.Range(0, relationCount).Select(r =>
            from target in Gen.Choose(0, figures.Length - 1)
            from depth in Gen.Choose(0, 2)
            from formula in Formula([.. figures.Where((_, i) => i != target).Select(f => f.Id)], depth)
            select new FuzzRelation($"r{r}", figures[target].Id, formula)))
        from materiality in Gen.Elements<string?>(null, null, "0%", "100%", "0.0000001%", "5%")
        from about in Gen.Elements<string?>(null, null, "0%", "1%", "50%", "100%")
        from set in Gen.Elements<string?>(null, null, "cn-2023", "ipcc-2006-ar5")
        select new FuzzRequest(figures, relations, materiality, about, set);
}
