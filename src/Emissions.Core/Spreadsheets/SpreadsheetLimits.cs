namespace Emissions.Spreadsheets;

/// <summary>
/// What a workbook may cost to read. An XLSX is a zip: a few kilobytes can inflate to gigabytes (a zip
/// bomb), so the declared sizes are checked before opening and every XML part is capped while it is read.
/// </summary>
internal sealed record SpreadsheetLimits
{
    public static readonly SpreadsheetLimits Default = new();

    /// <summary>The file as uploaded.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>All parts inflated together, as the zip declares them.</summary>
    public long MaxInflatedBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>How many times larger a part may inflate than it is stored; real sheets compress ~5–20×.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Characters in one XML part, enforced while parsing (a zip may lie about sizes).</summary>
    public long MaxCharactersInPart { get; init; } = 32 * 1024 * 1024;

    public int MaxEntries { get; init; } = 500;
}
