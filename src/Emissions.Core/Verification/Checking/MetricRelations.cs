using System.Collections.Concurrent;
using Emissions.Metrics;

namespace Emissions.Verification.Checking;

/// <summary>
/// A metric's catalogue relations with what every request needs of each: its formula's shape and its text. The
/// catalogue never changes while the process runs, so each metric's list is worked out once and shared, immutable, by
/// every request and thread: a figure's relations cost one lookup by metric id, not a catalogue lookup and two
/// weak-table lookups per relation, for every figure of every request.
/// </summary>
internal static class MetricRelations
{
    // Keyed by catalogue metric ids only: bounded by the catalogue.
    private static readonly ConcurrentDictionary<string, CatalogueRelation[]> ByMetric = new(StringComparer.Ordinal);

    /// <summary>The relations whose left side is <paramref name="metric"/>, in the catalogue's order (none for an unknown id).</summary>
    public static CatalogueRelation[] For(string metric)
    {
        if (ByMetric.TryGetValue(metric, out var relations))
        {
            return relations;
        }

        // Only a catalogue id is kept: any other text is answered with no relations and leaves nothing behind.
        return MetricCatalog.TryFind(metric, out var definition) ? ByMetric.GetOrAdd(metric, Build(definition)) : [];
    }

    private static CatalogueRelation[] Build(MetricDefinition metric) =>
        [.. metric.Relations.Select(r => new CatalogueRelation(r, FormulaShape.Of(r.Formula), r.Text))];
}

/// <summary>A catalogue relation, its formula's shape and its text ("energy.total = energy.direct + energy.indirect").</summary>
internal sealed record CatalogueRelation(Relation Relation, FormulaShape Shape, string Text);
