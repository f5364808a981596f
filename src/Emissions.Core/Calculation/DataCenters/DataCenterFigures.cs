using System.Collections.Frozen;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Calculation.DataCenters;

/// <summary>
/// The figures a data-center site can have, numbered once from the catalogue: its inputs, its emissions (the one
/// figure that needs a factor) and every <c>dc.*</c> metric whose definition refers only to site figures, each
/// definition compiled once into a program over the site columns (ADR 0011).
/// </summary>
internal static class DataCenterFigures
{
    /// <summary>
    /// The order a site's figures are listed in (the response's order since ADR 0009). A metric the catalogue defines
    /// over site figures and that is not listed here is listed after these, in definition order.
    /// </summary>
    private static readonly string[] SiteListing =
    [
        "dc.energy.facility", "dc.energy.it", "dc.energy.cooling", "dc.energy.power-loss", "dc.energy.other", "dc.pue", "dc.clf", "dc.plf",
        "dc.olf", "dc.energy.renewable", "dc.energy.reused", "dc.ref", "dc.erf", "dc.water", "dc.wue", "dc.ghg", "dc.cue",
    ];

    /// <summary>The order the fleet's figures are listed in: each sum just before the first ratio that needs it, as before.</summary>
    private static readonly string[] FleetListing =
    [
        "dc.energy.facility", "dc.energy.it", "dc.energy.cooling", "dc.energy.power-loss", "dc.energy.other", "dc.pue", "dc.clf", "dc.plf",
        "dc.olf", "dc.water", "dc.wue", "dc.energy.renewable", "dc.ref", "dc.energy.reused", "dc.erf", "dc.ghg", "dc.cue",
    ];

    private static readonly string[] Ids = Number();
    private static readonly FrozenDictionary<string, int> Index = Ids.Select((id, i) => (id, i)).ToFrozenDictionary(x => x.id, x => x.i, StringComparer.Ordinal);

    public static readonly int Facility = Index["dc.energy.facility"];
    public static readonly int It = Index["dc.energy.it"];
    public static readonly int Cooling = Index["dc.energy.cooling"];
    public static readonly int PowerLoss = Index["dc.energy.power-loss"];
    public static readonly int Renewable = Index["dc.energy.renewable"];
    public static readonly int Reused = Index["dc.energy.reused"];
    public static readonly int Water = Index["dc.water"];
    public static readonly int Ghg = Index["dc.ghg"];
    public static readonly int Other = Index["dc.energy.other"];

    /// <summary>Each figure's catalogue unit.</summary>
    public static readonly Unit[] Units = [.. Ids.Select(id => MetricCatalog.Find(id).CanonicalUnit)];

    /// <summary>Every definition over site figures, in dependency order, compiled over the site columns.</summary>
    public static readonly SiteDefinition[] Definitions = Compile();

    /// <summary>The site figures' indices in fleet listing order.</summary>
    public static readonly int[] Fleet = [.. FleetListing.Select(id => Index[id]), .. Enumerable.Range(SiteListing.Length, Ids.Length - SiteListing.Length)];

    /// <summary>The presence bits of the optional inputs, by the site's <see cref="DataCenterParts"/>.</summary>
    public static readonly ulong[] PartBits = [.. Enumerable.Range(0, 32).Select(p => PartsToBits((DataCenterParts)p))];

    public static int Count => Ids.Length;

    public static string Id(int figure) => Ids[figure];

    public static int? Find(string id) => Index.TryGetValue(id, out var figure) ? figure : null;

    public static ulong Bit(int figure) => 1UL << figure;

    public static SiteDefinition DefinitionOf(int figure) => Array.Find(Definitions, d => d.Figure == figure)
        ?? throw new InvalidOperationException($"{Id(figure)} is not defined over site figures");

    private static string[] Number()
    {
        var ids = new List<string>(SiteListing);
        foreach (var metric in MetricCatalog.DefinitionOrder)
        {
            if (metric.Id.StartsWith("dc.", StringComparison.Ordinal) && !ids.Contains(metric.Id)
                && metric.Definition!.Formula.References().All(ids.Contains))
            {
                ids.Add(metric.Id);
            }
        }

        if (ids.Count > 64)
        {
            throw new InvalidOperationException("a site has at most 64 figures: one presence bit each");
        }

        return [.. ids];
    }

    private static SiteDefinition[] Compile()
    {
        var inputs = new[] { Facility, It, Cooling, PowerLoss, Renewable, Reused, Water, Ghg };
        var definitions = new List<SiteDefinition>();
        foreach (var metric in MetricCatalog.DefinitionOrder)
        {
            if (Find(metric.Id) is not { } figure || inputs.Contains(figure))
            {
                continue;
            }

            var relation = metric.Definition!;
            var formula = CompiledFormula.Compile(relation.Formula, name => Index[name], slot => Units[slot].Dimension);
            if (formula.Kind != metric.Kind)
            {
                throw new InvalidOperationException($"{relation.Text} gives {formula.Kind}, not {metric.Kind}");
            }

            var needs = formula.Names.Aggregate(0UL, (bits, name) => bits | Bit(Index[name]));
            definitions.Add(new SiteDefinition(figure, formula, needs, Divides(relation.Formula)));
        }

        return [.. definitions];
    }

    private static bool Divides(Expr formula) => formula switch
    {
        Binary { Operator: '/' } => true,
        Binary b => Divides(b.Left) || Divides(b.Right),
        Negation n => Divides(n.Operand),
        FunctionCall c => c.Function == "yoy" || c.Arguments.Any(Divides),
        _ => false,
    };

    private static ulong PartsToBits(DataCenterParts parts) =>
        ((parts & DataCenterParts.Cooling) != 0 ? Bit(Cooling) : 0)
        | ((parts & DataCenterParts.PowerLoss) != 0 ? Bit(PowerLoss) : 0)
        | ((parts & DataCenterParts.Renewable) != 0 ? Bit(Renewable) : 0)
        | ((parts & DataCenterParts.Reused) != 0 ? Bit(Reused) : 0)
        | ((parts & DataCenterParts.Water) != 0 ? Bit(Water) : 0);
}
