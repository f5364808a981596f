using System.Collections.Concurrent;

namespace Emissions.Contract.Checks;

/// <summary>
/// The fractions the options' texts stand for ("5%" → 0.05), once read. Request after request the service is sent the
/// same few texts, and reading one through <see cref="Quantities.Measurement"/> is a regular expression and a unit
/// lookup (~0.8 % of a check's server CPU, bench/load/RESULTS.md). The same text always reads as the same decimal, so a
/// remembered one is the answer a new read would give. At most <see cref="Capacity"/> texts are kept: a caller sending
/// a new text each time fills it once and then reads as before.
/// </summary>
internal static class KnownFractions
{
    internal const int Capacity = 64;

    private static readonly ConcurrentDictionary<string, decimal> Known = new(StringComparer.Ordinal);

    public static bool TryGet(string text, out decimal fraction) => Known.TryGetValue(text, out fraction);

    public static void Remember(string text, decimal fraction)
    {
        if (Known.Count < Capacity)
        {
            Known.TryAdd(text, fraction);
        }
    }
}
