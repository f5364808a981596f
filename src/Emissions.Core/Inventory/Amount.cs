using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>An input amount as written, with the JSON path it came from (for traces and errors).</summary>
public sealed record Amount(Measurement Measurement, string Path)
{
    /// <summary>The amount in canonical units, converted once: calculation reads it several times per line.</summary>
    public Quantity Quantity { get; } = Measurement.Quantity;

    /// <summary>The measurement as written, e.g. "721117.23 MWh".</summary>
    public override string ToString() => Measurement.ToString();
}
