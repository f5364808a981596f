using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>An input amount as written, with the JSON path it came from (for traces and errors).</summary>
public sealed record Amount(Measurement Measurement, string Path)
{
    public Quantity Quantity => Measurement.Quantity;

    public override string ToString() => Measurement.ToString();
}
