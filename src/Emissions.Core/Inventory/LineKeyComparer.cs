using System.Runtime.CompilerServices;
using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>
/// Equality of line keys (a region, a fuel and its region …) with a written unit: text as ordinal, the unit by
/// reference — parsed units are shared instances, so a copy of one only makes a second group.
/// </summary>
internal sealed class LineKeyComparer : IEqualityComparer<(string? Key, string? Subkey, Unit Unit)>
{
    public static readonly LineKeyComparer Instance = new();

    public bool Equals((string? Key, string? Subkey, Unit Unit) x, (string? Key, string? Subkey, Unit Unit) y) =>
        ReferenceEquals(x.Unit, y.Unit) && string.Equals(x.Key, y.Key, StringComparison.Ordinal) && string.Equals(x.Subkey, y.Subkey, StringComparison.Ordinal);

    public int GetHashCode((string? Key, string? Subkey, Unit Unit) obj) =>
        HashCode.Combine(obj.Key is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.Key), obj.Subkey is null ? 0 : StringComparer.Ordinal.GetHashCode(obj.Subkey),
            RuntimeHelpers.GetHashCode(obj.Unit));
}
