using System.Text.Json;

namespace Emissions.Verification;

/// <summary>CONTRACT "Check" request: published figures, the auditor's relations, optional raw inputs and options.</summary>
public sealed record CheckRequest(
    string? Organization,
    string? Period,
    IReadOnlyList<ReportedFigure> Figures,
    IReadOnlyList<CustomRelation> Relations,
    CheckOptions Options)
{
    /// <summary>Where the figures come from (a report's title or file), echoed in the report.</summary>
    public string? Source { get; init; }

    /// <summary>Document-level site, if the whole report is about one site; figures may override it.</summary>
    public string? Site { get; init; }

    /// <summary>The raw "inputs" object (the Calculate shape), kept as given for a calculator to use.</summary>
    public JsonElement? Inputs { get; init; }
}
