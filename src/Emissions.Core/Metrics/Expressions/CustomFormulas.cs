using System.Collections.Concurrent;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// A check request's own formulas, parsed once per formula text: requests that repeat a relation (a client
/// re-checking its report, a load of one request) share one <see cref="Expr"/>, and with it its compiled form
/// (<see cref="CompiledRelations"/>) and its shape. Bounded in count and in size: past <see cref="Capacity"/> texts
/// the cache starts again, and a text longer than <see cref="MaxLength"/> is parsed every time, so a stream of
/// distinct or huge formulas costs parsing, never memory (at most about 1,024 × 256 characters of formulas are kept,
/// each tree a few kilobytes with its compiled form).
/// </summary>
internal static class CustomFormulas
{
    /// <summary>Formula texts kept at most.</summary>
    public const int Capacity = 1_024;

    /// <summary>The longest formula text kept (a sum over a few dozen figures; the 500-term limit is far above).</summary>
    public const int MaxLength = 256;

    private static readonly ConcurrentDictionary<string, Expr> Parsed = new(StringComparer.Ordinal);

    /// <summary>The parsed formula; a text that does not parse throws <see cref="ExpressionException"/> as <see cref="ExpressionParser.Parse"/> does, and is not kept.</summary>
    public static Expr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            return ExpressionParser.Parse(text);
        }

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
