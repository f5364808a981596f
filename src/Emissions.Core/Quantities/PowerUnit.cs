namespace Emissions.Quantities;

public enum PowerUnit
{
    Watt,
    Kilowatt,
    Megawatt,
    Gigawatt,
}
