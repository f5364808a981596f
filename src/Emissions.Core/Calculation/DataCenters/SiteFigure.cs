namespace Emissions.Calculation.DataCenters;

/// <summary>
/// The figures one data-center site can have, in the order a site's figures are listed
/// (the order of <see cref="SiteFigureTable"/>'s bits, so a site's figures list by bit order).
/// </summary>
internal enum SiteFigure
{
    Facility,
    It,
    Cooling,
    PowerLoss,
    Other,
    Pue,
    Clf,
    Plf,
    Olf,
    Renewable,
    Reused,
    Ref,
    Erf,
    Water,
    Wue,
    Ghg,
    Cue,
}
