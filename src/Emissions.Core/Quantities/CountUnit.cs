namespace Emissions.Quantities;

/// <summary>The units a headcount can be made in and read in with <see cref="Count.From"/>, <see cref="Count.As"/> and the per-unit members of <see cref="Count"/>; text in any other spelling of these units (Chinese included) reads with <see cref="Count.Parse"/>.</summary>
public enum CountUnit
{
    /// <summary>The person (人), the unit of a headcount.</summary>
    Person,
}
