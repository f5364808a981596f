using Emissions.Quantities;

namespace Emissions.Api.Problems;

/// <summary>
/// The service's words for a <see cref="QuantityHint"/>, appended to a problem's "expected": Core says which pointer
/// applies, the service names its own resource (GET /v1/units) or request option (numberFormat).
/// </summary>
public static class ApiQuantityHints
{
    /// <summary><paramref name="expected"/> with the hint of <paramref name="quantity"/> after it, if it has one.</summary>
    public static string? Expected(string? expected, QuantityException? quantity) => quantity?.Hint switch
    {
        QuantityHint.UnitList => $"{expected}; GET /v1/units lists every spelling",
        QuantityHint.DecimalComma => $"{expected}; a table printed as 1.234,5 or 1 234,5 is read with numberFormat \"decimal-comma\"",
        _ => expected,
    };
}
