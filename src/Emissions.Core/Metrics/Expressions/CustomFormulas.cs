using System.Collections.Concurrent;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// A check request's own formulas, parsed once per formula text: requests that repeat a relation (a client
/// re-checking its report, a load of one request) share one <see cref="Expr"/>, and with it its compiled form
/// (<see cref="CompiledRelations"/>) and its shape. Bounded: past <see cref="Capacity"/> texts the cache starts
/// again, so a stream of distinct formulas costs parsing, never memory.
/// </summary>
internal static class CustomFormulas
{
    /// <summary>Formula texts kept at most.</summary>
    public const int Capacity = 4_096;

    private static readonly ConcurrentDictionary<string, Expr> Parsed = new(StringComparer.Ordinal);

    /// <summary>The parsed formula; a text that does not parse throws <see cref="ExpressionException"/> as <see cref="ExpressionParser.Parse"/> does, and is not kept.</summary>
    public static Expr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Parsed.TryGetValue(text, out var formula))
        {
            return formula;
        }

        formula = ExpressionParser.Parse(text);
        if (Parsed.Count >= Capacity)
        {
            Parsed.Clear();
        }

        return Parsed.GetOrAdd(text, formula);
    }
}
