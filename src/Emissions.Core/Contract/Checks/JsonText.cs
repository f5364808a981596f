namespace Emissions.Contract.Checks;

/// <summary>Where a string's bytes (between its quotes) or a number's are in a body <see cref="Utf8JsonCursor"/> reads, and whether the string holds an escape.</summary>
internal readonly record struct JsonText(int Start, int Length, bool Escaped);
