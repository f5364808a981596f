using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Emissions.Metrics;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>
/// What a figure's metric id and unit (given apart) meant when they were last read on this thread: the catalogue metric
/// and the parsed unit, kept only for a pair that was read without error (the metric found or none given, the unit
/// known and of the metric's kind). The UTF-8 reader's <see cref="Utf8Vocabulary"/> gives the same string instance for
/// the same bytes, so a pair is found by the strings' identity, with no hashing of their text: finding the metric
/// (~650 instructions for an intensity id), parsing the unit (~230, a cache look-up) and matching their kinds (~840)
/// were a quarter of building a figure. Strings of any other origin (a new instance each time) are simply not found.
/// </summary>
internal sealed class FigureMeanings
{
    // Sets of four pairs, not one slot per pair: with one slot each (256), two of a Kuaishou request's ~25 pairs met in
    // a slot in most processes (the strings' hashes are the runtime's, different in every process) and took it in turn,
    // finding the metric and parsing the unit again each time (bench/RESULTS-verification.md, 2026-12-07, read13).
    private const int Ways = 4;
    private const int SetBits = 7;

    [ThreadStatic]
    private static FigureMeanings? t_current;

    // Pair i of set s is at s * Ways + i; a set's pairs fill from its first, so the first empty one ends a search.
    private readonly Meaning?[] _meanings = new Meaning?[Ways << SetBits];

    // The pair of each full set that the next new pair replaces (in turn).
    private readonly byte[] _replaced = new byte[1 << SetBits];

    /// <summary>This thread's meanings.</summary>
    public static FigureMeanings Current => t_current ??= new FigureMeanings();

    /// <summary>The metric and unit this very pair of strings resolved to, and the metric's kind as printed in it, when it was kept.</summary>
    public bool TryGet(string? metric, string unit, out MetricDefinition? definition, [NotNullWhen(true)] out Unit? resolved, out FigureKind? kind)
    {
        var first = Set(metric, unit) * Ways;
        for (var entry = first; entry < first + Ways && _meanings[entry] is { } meaning; entry++)
        {
            if (ReferenceEquals(meaning.Metric, metric) && ReferenceEquals(meaning.Unit, unit))
            {
                definition = meaning.Definition;
                resolved = meaning.Resolved;
                kind = meaning.Kind;
                return true;
            }
        }

        definition = null;
        resolved = null;
        kind = null;
        return false;
    }

    /// <summary>Keeps a pair read without error (in its set's first empty place, else replacing the set's pairs in turn).</summary>
    public void Remember(string? metric, string unit, MetricDefinition? definition, Unit resolved, FigureKind? kind)
    {
        var set = Set(metric, unit);
        var first = set * Ways;
        var entry = first;
        while (entry < first + Ways && _meanings[entry] is not null)
        {
            entry++;
        }

        if (entry == first + Ways)
        {
            entry = first + _replaced[set];
            _replaced[set] = (byte)((_replaced[set] + 1) % Ways);
        }

        _meanings[entry] = new Meaning(metric, unit, definition, resolved, kind);
    }

    // A set from the strings' identity (the runtime's per-object hash, kept in the object's header once asked).
    private static int Set(string? metric, string unit) =>
        ((metric is null ? 0 : RuntimeHelpers.GetHashCode(metric) * 31) + RuntimeHelpers.GetHashCode(unit)) & ((1 << SetBits) - 1);

    private sealed record Meaning(string? Metric, string Unit, MetricDefinition? Definition, Unit Resolved, FigureKind? Kind);
}
