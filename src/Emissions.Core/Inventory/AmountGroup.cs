using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>Lines of one list that share a key (a grid region; a fuel and its region) and a written unit, and the first of them.</summary>
internal readonly record struct AmountGroup(string? Key, string? Subkey, Unit Unit, int FirstLine);
