using Emissions.Inventory;

namespace Emissions.Calculation.DataCenters;

/// <summary>The input amount behind each data-center input figure: what a given site figure traces to.</summary>
internal static class SiteInputs
{
    /// <summary>The site's amount for <paramref name="figure"/>, or null when the figure is not an input.</summary>
    public static Amount? Amount(DataCenterInput dc, int figure) =>
        figure == DataCenterFigures.Facility ? dc.Facility
        : figure == DataCenterFigures.It ? dc.It
        : figure == DataCenterFigures.Cooling ? dc.Cooling
        : figure == DataCenterFigures.PowerLoss ? dc.PowerLoss
        : figure == DataCenterFigures.Renewable ? dc.Renewable
        : figure == DataCenterFigures.Reused ? dc.Reused
        : figure == DataCenterFigures.Water ? dc.Water
        : null;
}
