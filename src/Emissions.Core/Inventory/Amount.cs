using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>An input amount as written, with the JSON path it came from (for traces and errors).</summary>
/// <param name="Measurement">The amount as written: its value and unit.</param>
/// <param name="Path">The JSON path of the field it was read from (<c>$.fuels[0].amount</c>).</param>
public sealed record Amount(Measurement Measurement, string Path)
{
    // The path as given, or as its parts for a streamed line's amount (built when first read).
    private LinePath _path = LinePath.Of(Path);

    /// <summary>An amount of a streamed line, whose path is built only when something names it.</summary>
    internal Amount(Measurement measurement, LinePath path)
        : this(measurement, Path: null!)
    {
        _path = path;
    }

    /// <summary>The JSON path of the field it was read from (<c>$.fuels[0].amount</c>), built on first read for a streamed line.</summary>
    public string Path
    {
        get => _path.Text;
        init => _path = LinePath.Of(value);
    }

    /// <summary>Whether this is the amount <paramref name="field"/> of line <paramref name="index"/> of a streamed list (<see cref="LinePath.IsField"/>).</summary>
    internal bool IsField(int index, string field, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? list) => _path.IsField(index, field, out list);

    /// <summary><see cref="Path"/> as UTF-8 into <paramref name="utf8"/>, without building the string of a streamed line's path.</summary>
    internal bool TryFormatPath(Span<byte> utf8, out int written) => _path.TryFormatUtf8(utf8, out written);

    /// <summary>The amount in canonical units.</summary>
    /// <remarks>
    /// Converted when read, not held: a streamed inventory keeps one amount per line (100,000 for a year of meter
    /// readings), and the calculation sums lines by group from their written values (<see cref="AmountColumn"/>),
    /// reading this for a group's first line, not for every line.
    /// </remarks>
    public Quantity Quantity => Measurement.Quantity;

    /// <summary>The measurement as written, e.g. "721117.23 MWh".</summary>
    public override string ToString() => Measurement.ToString();
}
