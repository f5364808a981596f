using System.Text.Json.Serialization;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>
/// One input to a figure: a JSON path or metric id, and the value and unit used (formatted when read, not when traced).
/// A value type: an organisation-wide trace lists every inventory line, so its inputs are one array, not one object each.
/// </summary>
public readonly record struct TraceInput(string Field, [property: JsonIgnore] Measurement Measured)
{
    /// <summary>The input's value as exact invariant text.</summary>
    public string Value => DecimalText.Exact(Measured.Value);

    /// <summary>The input's unit symbol.</summary>
    public string Unit => Measured.Unit.Symbol;
}
