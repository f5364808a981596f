namespace Emissions.Quantities;

public enum AreaUnit
{
    SquareMetre,
    SquareKilometre,
    Hectare,
    Mu,
    SquareFoot,
}
