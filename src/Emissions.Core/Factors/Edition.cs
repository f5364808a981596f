namespace Emissions.Factors;

/// <summary>One published edition of a dataset (factors/&lt;publisher&gt;/&lt;dataset&gt;/&lt;edition&gt;), with its provenance.</summary>
public sealed record Edition(
    string Path,
    string Publisher,
    string Title,
    string? DocumentNumber,
    string? PublishedOn,
    string Source,
    string Licence,
    string? Note = null);
