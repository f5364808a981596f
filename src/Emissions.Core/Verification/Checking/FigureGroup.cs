namespace Emissions.Verification.Checking;

/// <summary>The period and site a figure belongs to (its own, else the document's): catalogue relations join figures of one group.</summary>
internal readonly record struct FigureGroup(string? Period, string? Site)
{
    /// <summary>"period 2020, site ulanqab", or "the document" when neither is given.</summary>
    public string Describe() =>
        Period is null && Site is null
            ? "the document"
            : Period is null ? $"site {Site}" : Site is null ? $"period {Period}" : $"period {Period}, site {Site}";
}
