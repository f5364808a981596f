using System.Globalization;
using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Attribution;

/// <summary>
/// The library's alternatives to the factors a calculation used: for each factor, every other factor of the same
/// parameter, carrier and gas (grid factors only of the inventory's country, since another country's grid cannot have
/// been meant; every other parameter from any region, since fuel defaults are published for GLOBAL or CN alike), and
/// for the GWPs, each other assessment report as a whole (a report uses one edition's GWPs, never a mix).
/// </summary>
internal sealed class FactorAlternatives
{
    public const string GridParameter = "emission-factor[electricity]";

    private readonly ILookup<(FactorParameter Parameter, string? Carrier), Factor> _index;
    private readonly List<Factor> _gwps;
    private readonly string _country;

    public FactorAlternatives(IEnumerable<Factor> library, string country)
    {
        var factors = library.GroupBy(f => f.Id, StringComparer.Ordinal).Select(g => g.First()).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        _index = factors.ToLookup(f => (f.Parameter, f.Applicability.Carrier));
        _gwps = [.. factors.Where(f => f.Parameter == FactorParameter.Gwp && f.GwpBasis is not null)];
        _country = country;
    }

    /// <summary>Every single replacement of one of <paramref name="used"/> (the set's factors the calculation used).</summary>
    public IEnumerable<FactorSwap> For(IReadOnlyList<Factor> used)
    {
        foreach (var factor in used.Where(f => f.Parameter != FactorParameter.Gwp))
        {
            var carrier = factor.Applicability.Carrier;
            var parameter = $"{factor.Parameter.ToWire()}{(carrier is null ? "" : $"[{carrier}]")}";
            var grid = parameter == GridParameter;
            foreach (var other in _index[(factor.Parameter, carrier)])
            {
                if (other.Id == factor.Id || other.Quantity == factor.Quantity || (!grid && !string.Equals(other.Gas, factor.Gas, StringComparison.Ordinal))
                    || (grid && (other.Applicability.Region is not { } r || (Regions.NationalOf(r) ?? r) != _country)))
                {
                    continue; // the same value gives the same totals as the set as shipped
                }

                yield return new FactorSwap(parameter, factor.Id, Named(other), new Dictionary<string, Measurement>(StringComparer.Ordinal) { [factor.Id] = other.Value });
            }
        }

        var gwps = used.Where(f => f.Parameter == FactorParameter.Gwp).ToList();
        if (gwps.Count == 0)
        {
            yield break;
        }

        var current = gwps[0].GwpBasis;
        foreach (var edition in _gwps.Where(g => g.GwpBasis != current).GroupBy(g => g.Edition.Path, StringComparer.Ordinal))
        {
            var overrides = new Dictionary<string, Measurement>(StringComparer.Ordinal);
            var replacements = new List<Factor>();
            foreach (var gwp in gwps)
            {
                var same = edition.FirstOrDefault(g => string.Equals(g.Gas, gwp.Gas, StringComparison.OrdinalIgnoreCase)
                    && (gwp.Applicability.Ch4Convention is null || g.Applicability.Ch4Convention == gwp.Applicability.Ch4Convention));
                if (same is null)
                {
                    break; // this edition lacks a gas the calculation needs: not an alternative
                }

                overrides[gwp.Id] = same.Value;
                replacements.Add(same);
            }

            if (replacements.Count < gwps.Count)
            {
                continue;
            }

            var first = replacements[0];
            yield return new FactorSwap("gwp", $"{current} GWPs ({string.Join(", ", gwps.Select(g => g.Id))})",
                new AttributedFactor(first.Edition.Path, first.GwpBasis!, "GWP-100", first.Edition.Title, replacements.Max(r => r.Verification).ToWire()),
                overrides);
        }
    }

    private static AttributedFactor Named(Factor f) =>
        new(f.Id, f.Value.Value.ToString(CultureInfo.InvariantCulture), f.Value.Unit.Symbol, f.Edition.Title, f.Verification.ToWire());
}
