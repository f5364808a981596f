using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Emissions.Factors;

/// <summary>
/// The content hash that pins a calculation to the exact factor values it used: lower-case hex
/// SHA-256 of a canonical text of the set. The text is built with the invariant culture, ordinal
/// sorting and "\n" line ends, so it is the same on every machine and in every run; titles,
/// descriptions, sources and notes are left out because they cannot change a result. A factor's
/// published uncertainty range is in (it changes the intervals of factors=ipcc).
/// </summary>
internal static class FactorSetHash
{
    public static string Compute(FactorSet set)
    {
        var bytes = Encoding.UTF8.GetBytes(CanonicalForm(set));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// One line per convention, edition, factor (id|parameter|basis|value|unit|gas|gwpBasis|applicability|verification,
    /// then |uncertainty for a factor with a published range: lower;upper;confidence;verification) and blend (id|name|gas=fraction,…|verification), each group sorted by ordinal.
    /// </summary>
    public static string CanonicalForm(FactorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var lines = new List<string>
        {
            "emissions-factor-set/1",
            $"id={set.Id}",
            $"method={(set.Method == ScopeOneMethod.Cn ? "cn" : "ipcc")}",
            $"gwp={set.Gwp}",
            $"ch4Convention={set.Ch4Convention}",
            $"naturalGasRow={set.NaturalGasRow}",
            $"electricity.location={set.ElectricityLocationBasis}",
            $"electricity.residual={set.ElectricityResidualBasis}",
            $"fallbacks.regionToNational={Bool(set.Fallbacks.RegionToNational)}",
            $"fallbacks.earlierDataYear={Bool(set.Fallbacks.EarlierDataYear)}",
            $"reportingYear={Int(set.ReportingYear)}",
        };
        lines.AddRange(set.Editions.Order(StringComparer.Ordinal).Select(e => $"edition={e}"));
        lines.AddRange(set.Factors.OrderBy(f => f.Id, StringComparer.Ordinal).Select(Line));
        lines.AddRange(set.Blends.OrderBy(b => b.Id, StringComparer.Ordinal).Select(Line));
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }

    private static string Line(Factor f)
    {
        var a = f.Applicability;
        var applicability = string.Join(";",
            $"carrier={a.Carrier}",
            $"region={a.Region}",
            $"dataYear={Int(a.DataYear)}",
            $"reportingYears={Int(a.ReportingYearFrom)}-{Int(a.ReportingYearTo)}",
            $"ch4Convention={a.Ch4Convention}");
        var line = string.Join("|",
            "factor",
            f.Id,
            f.Parameter.ToWire(),
            f.Basis ?? "",
            f.Value.Value.ToString(CultureInfo.InvariantCulture),
            f.Value.Unit.Symbol,
            f.Gas ?? "",
            f.GwpBasis ?? "",
            applicability,
            f.Verification.ToWire());

        // The published range feeds factors=ipcc intervals, so it is content; a factor without one keeps its line.
        return f.Uncertainty is { } range ? line + "|" + Range(range) : line;
    }

    /// <summary>lower=…;upper=…;confidence=95;verification=… (the source, like the factor's, is left out).</summary>
    private static string Range(PublishedRange range) => string.Join(";",
        $"lower={range.Lower.ToString(CultureInfo.InvariantCulture)}",
        $"upper={range.Upper.ToString(CultureInfo.InvariantCulture)}",
        "confidence=95",
        $"verification={range.Verification.ToWire()}");

    private static string Line(RefrigerantBlend b)
    {
        var components = string.Join(",", b.Components
            .OrderBy(c => c.Gas, StringComparer.Ordinal)
            .Select(c => $"{c.Gas}={c.MassFraction.ToString(CultureInfo.InvariantCulture)}"));
        return string.Join("|", "blend", b.Id, b.Name, components, b.Verification.ToWire());
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
