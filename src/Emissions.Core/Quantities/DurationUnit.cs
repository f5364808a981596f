namespace Emissions.Quantities;

public enum DurationUnit
{
    Second,
    Minute,
    Hour,
    Day,
}
