namespace Emissions.Inventory.Bulk;

/// <summary>
/// The columns of a bulk activity file (CSV or Parquet, one row per meter reading): what each row is
/// (<c>kind</c>: electricity, heat or fuel), how much (<c>amount</c> in <c>unit</c>), where (<c>region</c>),
/// which <c>fuel</c>, and when (<c>period</c>). The names are the JSON lines' field names (docs/CONTRACT.md, "Bulk activity data").
/// </summary>
internal static class BulkLayout
{
    public const string Kind = "kind";
    public const string Amount = "amount";
    public const string Unit = "unit";
    public const string Region = "region";
    public const string Fuel = "fuel";
    public const string Period = "period";
    public const string Site = "site";
    public const string Meter = "meter";

    /// <summary>The columns every bulk file has.</summary>
    public static IReadOnlyList<string> Required { get; } = [Kind, Amount, Unit];

    /// <summary>The columns a bulk file may have; <c>site</c> and <c>meter</c> are carried for the user's own records and not read.</summary>
    public static IReadOnlyList<string> Optional { get; } = [Region, Fuel, Period, Site, Meter];

    /// <summary>The values of <c>kind</c>: which JSON list a row belongs to.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["electricity", "heat", "fuel"];

    internal static string Columns => $"columns {string.Join(", ", Required)} and optionally {string.Join(", ", Optional)}";

    /// <summary>
    /// Whether <paramref name="header"/> (a CSV file's first line, split) is this layout's: it names every required
    /// column and no other than the optional ones. An activity CSV (the template's columns, or any other) is not.
    /// </summary>
    /// <param name="header">The column names.</param>
    public static bool IsHeader(IEnumerable<string> header)
    {
        var names = header.ToList();
        return Required.All(names.Contains) && names.All(n => Required.Contains(n) || Optional.Contains(n));
    }
}
