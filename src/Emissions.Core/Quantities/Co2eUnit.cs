namespace Emissions.Quantities;

public enum Co2eUnit
{
    GramCo2e,
    KilogramCo2e,
    TonneCo2e,
    KilotonneCo2e,
    MegatonneCo2e,
    PoundCo2e,
}
