using System.Diagnostics.CodeAnalysis;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Contract.Checks;

/// <summary>
/// What a figure's metric id and unit (given apart) meant when they were last read on this thread: the catalogue metric
/// and the parsed unit, kept only for a pair that was read without error (the metric found or none given, the unit
/// known and of the metric's kind). Finding the metric (~650 instructions for an intensity id), parsing the unit (~230,
/// a cache look-up) and matching their kinds (~840) were a quarter of building a figure. A pair's slot is a function
/// of a few of its characters (the same in every process), and a pair is found by its text: the UTF-8 reader's
/// <see cref="Utf8Vocabulary"/> usually gives the very strings kept (compared by reference first), and a string of the
/// same text made anew (its vocabulary slot taken meanwhile by another token) is found too.
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

    /// <summary>The metric and unit a pair of these texts resolved to, when it was kept.</summary>
    public bool TryGet(string? metric, string unit, out MetricDefinition? definition, [NotNullWhen(true)] out Unit? resolved)
    {
        if (_meanings[Slot(metric, unit)] is { } meaning && string.Equals(meaning.Metric, metric, StringComparison.Ordinal)
            && string.Equals(meaning.Unit, unit, StringComparison.Ordinal))
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

    // A slot from the texts' lengths and first, middle and last characters (the object hashes the slots came from before
    // differed from process to process, and so did which pairs met in a slot): a few multiplications a figure, where a
    // hash of every character would cost about as much again as the look-up saves on a short request.
    private static int Slot(string? metric, string unit) => (int)(((Mix(metric) * 31) + Mix(unit)) * 0x9E3779B1u >> 24) & (Slots - 1);

    private static uint Mix(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var n = text.Length;
        var hash = ((uint)n * 0x9E3779B1u) ^ text[0];
        hash = (hash * 0x9E3779B1u) ^ text[n >> 1];
        hash = (hash * 0x9E3779B1u) ^ text[(n * 3) >> 2];
        return (hash * 0x9E3779B1u) ^ text[n - 1];
    }

    private sealed record Meaning(string? Metric, string Unit, MetricDefinition? Definition, Unit Resolved);
}
