namespace Emissions.Diagnostics;

/// <summary>How much a warning matters to the figures; lists put the most severe first.</summary>
public enum WarningSeverity
{
    /// <summary>A figure may be wrong or incomplete as given (a printed total that disagrees with its parts, a gas not counted).</summary>
    Important,

    /// <summary>An assumption that can change a figure (a factor from another year, an override, an ambiguous unit read by default).</summary>
    Warning,

    /// <summary>Expected behaviour said for the record (a national default used for a region, a secondary source).</summary>
    Note,
}
