using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Emissions.Metrics;
using Emissions.Quantities;

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
    // 256, not 64: the ~22 pairs of a Kuaishou request met in 64 slots often enough to miss ~8 of them per request
    // (bench/RESULTS-verification.md, 2026-12-07 17:20: the read phase 352 k → 342 k instructions a request).
    private const int Slots = 256;

    [ThreadStatic]
    private static FigureMeanings? t_current;

    private readonly Meaning?[] _meanings = new Meaning?[Slots];

    /// <summary>This thread's meanings.</summary>
    public static FigureMeanings Current => t_current ??= new FigureMeanings();

    /// <summary>The metric and unit this very pair of strings resolved to, when it was kept.</summary>
    public bool TryGet(string? metric, string unit, out MetricDefinition? definition, [NotNullWhen(true)] out Unit? resolved)
    {
        if (_meanings[Slot(metric, unit)] is { } meaning && ReferenceEquals(meaning.Metric, metric) && ReferenceEquals(meaning.Unit, unit))
        {
            definition = meaning.Definition;
            resolved = meaning.Resolved;
            return true;
        }

        definition = null;
        resolved = null;
        return false;
    }

    /// <summary>Keeps a pair read without error (replacing whatever shared its slot).</summary>
    public void Remember(string? metric, string unit, MetricDefinition? definition, Unit resolved) =>
        _meanings[Slot(metric, unit)] = new Meaning(metric, unit, definition, resolved);

    // A slot from the strings' identity (the runtime's per-object hash, kept in the object's header once asked).
    private static int Slot(string? metric, string unit) =>
        ((metric is null ? 0 : RuntimeHelpers.GetHashCode(metric) * 31) + RuntimeHelpers.GetHashCode(unit)) & (Slots - 1);

    private sealed record Meaning(string? Metric, string Unit, MetricDefinition? Definition, Unit Resolved);
}
