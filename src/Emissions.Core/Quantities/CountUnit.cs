namespace Emissions.Quantities;

public enum CountUnit
{
    Person,
}
