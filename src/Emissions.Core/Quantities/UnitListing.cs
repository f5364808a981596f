using System.Globalization;

namespace Emissions.Quantities;

/// <summary>
/// The list of every accepted unit spelling (<see cref="UnitList"/>), built once from <see cref="UnitCatalog"/>: the
/// service answers it at GET /v1/units and the CLI prints it (`emissions units`), so both list the same spellings in
/// the same order with the same exact scales.
/// </summary>
internal static class UnitListing
{
    private const string Money = "Money";

    private static readonly Lazy<UnitList> Everything = new(Build);

    private static readonly Lazy<IReadOnlyList<string>> KindNames = new(() =>
        [.. All.Units.Select(u => u.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    /// <summary>
    /// Every spelling ordered by kind, then scale, then symbol (ordinal); the scale words by factor, then word; the
    /// ambiguous spellings by symbol.
    /// </summary>
    public static UnitList All => Everything.Value;

    /// <summary>The kinds the list holds, ordinal order ("Area" … "Money(CNY)" … "Volume").</summary>
    public static IReadOnlyList<string> Kinds => KindNames.Value;

    /// <summary>
    /// The spellings of one kind (case ignored; "Money" is every currency), the scale words (they stand before a unit
    /// of any kind) and the ambiguous spellings one of whose readings is of that kind ("tons" under Mass); null for a
    /// kind the list does not hold.
    /// </summary>
    public static UnitList? OfKind(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (!Kinds.Any(k => IsOfKind(k, kind)))
        {
            return null;
        }

        var all = All;
        return new UnitList(
            [.. all.Units.Where(u => IsOfKind(u.Kind, kind))],
            all.ScaleWords,
            [.. all.Ambiguous.Where(a => a.Choices.Any(choice => Unit.TryParse(choice, out var unit) && IsOfKind(unit!.Kind, kind)))]);
    }

    /// <summary>What a caller may name: the kinds, and "Money" for every currency.</summary>
    public static string ExpectedKinds() =>
        string.Join(", ", Kinds.Append(Money).Order(StringComparer.Ordinal));

    private static bool IsOfKind(string unitKind, string kind) =>
        string.Equals(unitKind, kind, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(kind, Money, StringComparison.OrdinalIgnoreCase) && unitKind.StartsWith(Money + "(", StringComparison.Ordinal));

    private static UnitList Build()
    {
        // The canonical unit of a kind is the first symbol of scale 1 the catalogue lists (kWh, kg, m², m³, person …); the ratio's is "".
        var canonical = UnitCatalog.Symbols
            .Where(pair => pair.Value.Scale == UnitScale.One)
            .GroupBy(pair => pair.Value.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        var units = UnitCatalog.Symbols
            .Where(pair => pair.Key.Length > 0)
            .OrderBy(pair => pair.Value.Kind, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value.Scale.Factor)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new UnitInfo(
                pair.Key,
                pair.Value.Name,
                pair.Value.Kind,
                canonical.GetValueOrDefault(pair.Value.Kind, ""),
                pair.Value.Scale.ToString(),
                pair.Value.Scale.Factor.ToString(CultureInfo.InvariantCulture))
            {
                Caveat = pair.Value.Caveat,
                CalorificBasis = pair.Value.CalorificBasis == CalorificBasis.Unstated ? null : pair.Value.CalorificBasis.ToString().ToLowerInvariant(),
            })
            .ToList();
        var scaleWords = UnitCatalog.ScalePrefixes
            .OrderBy(pair => pair.Value.Scale.Factor)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new ScaleWordInfo(pair.Key, pair.Value.Name, pair.Value.Scale.ToString()))
            .ToList();
        var ambiguous = UnitCatalog.Ambiguous.Values
            .OrderBy(a => a.Symbol, StringComparer.Ordinal)
            .Select(a => new AmbiguousUnitInfo(a.Symbol, a.Readings, a.Choices))
            .ToList();
        return new UnitList(units, scaleWords, ambiguous);
    }
}
