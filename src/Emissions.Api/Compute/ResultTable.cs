namespace Emissions.Api.Compute;

/// <summary>A flat table (header + rows of cells) for CSV.</summary>
public sealed record ResultTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);
