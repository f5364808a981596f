using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>A factor used by a figure, with its provenance.</summary>
public sealed record TraceFactor(string Id, string Value, string Unit, string Source, string Verification, bool Overridden, string Reason)
{
    /// <summary>The trace entry of a resolved factor: its value as published (trailing zeros kept), unit, edition and source, verification status, and whether an override replaced it and why.</summary>
    /// <param name="resolution">The factor as the resolver answered it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resolution"/> is null.</exception>
    public static TraceFactor Of(FactorResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var f = resolution.Factor;
        var source = $"{f.Edition.Title}; {f.Source}";
        // The value as published, trailing zeros kept ("20.20" tC/TJ), so the trace reads like the source.
        return new TraceFactor(f.Id, f.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Value.Unit.Symbol, source,
            f.Verification.ToString().ToLowerInvariant(), resolution.Overridden, resolution.Reason);
    }
}
