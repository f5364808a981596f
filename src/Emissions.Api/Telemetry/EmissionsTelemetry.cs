using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Emissions.Api.Telemetry;

/// <summary>
/// The service's own spans and instruments ("Emissions"), beside ASP.NET Core's request spans, the storage spans
/// ("Emissions.Storage") and Npgsql's. Without a listener (telemetry not configured) StartActivity returns null and
/// the instruments record nothing, so they cost a check of a flag.
/// </summary>
public static class EmissionsTelemetry
{
    public const string Name = "Emissions";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Checks and calculations run, tagged with kind and outcome (ok, refused).</summary>
    public static readonly Counter<long> Computations = Meter.CreateCounter<long>("emissions.computations", "{computation}", "Checks and calculations run");

    /// <summary>Time in the compute module, tagged with kind.</summary>
    public static readonly Histogram<double> ComputeDuration = Meter.CreateHistogram<double>("emissions.compute.duration", "s", "Time spent computing a check or calculation");
}
