namespace Emissions.Contract.Checks;

/// <summary>The fields of a CONTRACT figure, and the annotations any object may carry.</summary>
internal enum FigureField
{
    Unknown,
    Id,
    Metric,
    Value,
    Unit,
    Qualifier,
    Period,
    Site,
    Label,
    Annotation,
}
