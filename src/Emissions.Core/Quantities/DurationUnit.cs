namespace Emissions.Quantities;

/// <summary>The units a duration can be made in and read in with <see cref="Duration.From"/>, <see cref="Duration.As"/> and the per-unit members of <see cref="Duration"/>; text in any other spelling of these units (Chinese included) reads with <see cref="Duration.Parse"/>.</summary>
public enum DurationUnit
{
    /// <summary>The second (s), how a duration is stored.</summary>
    Second,
    /// <summary>The minute (min, 60 s).</summary>
    Minute,
    /// <summary>The hour (h, 3,600 s), the canonical time unit (kW × h = kWh).</summary>
    Hour,
    /// <summary>The day (24 h, 86,400 s; calendar days are not modelled).</summary>
    Day,
}
