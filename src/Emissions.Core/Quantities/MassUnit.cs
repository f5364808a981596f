namespace Emissions.Quantities;

public enum MassUnit
{
    Gram,
    Kilogram,
    Tonne,
    Kilotonne,
    Megatonne,
    Pound,
    ShortTon,
}
