namespace Emissions.Api.Submissions;

/// <summary>One printed figure of a stored report in two revisions: the figure as printed and the verdicts its checks reached (null where a revision lacks it).</summary>
public sealed record FigureChange(string Figure, string? Label, string? PrintedFrom, string? PrintedTo, string? VerdictsFrom, string? VerdictsTo)
{
    public bool Changed => PrintedFrom != PrintedTo || VerdictsFrom != VerdictsTo;
}
