namespace Emissions.Api.Problems;

/// <summary>
/// What went wrong, where and what was expected. <see cref="Field"/> is a JSON path into the body
/// ($.figures[3].unit) or, with <see cref="Location"/> "query", "path" or "header", a parameter name.
/// </summary>
public sealed record ApiProblem(
    ProblemKind Kind,
    string Detail,
    string? Field = null,
    string? Value = null,
    string? Expected = null,
    string Location = "body")
{
    /// <summary>Further members of the problem document (e.g. suggestions for an unknown unit).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();
}
