using Emissions.Inventory;

namespace Emissions.Contract.Calculations;

/// <summary>The wire names of <see cref="TraceDetail"/> and the default for an answer's size.</summary>
internal static class TraceDetails
{
    /// <summary>
    /// Answers whose traces use more input lines than this default to <see cref="TraceDetail.Summary"/> (and compact
    /// JSON on the command line); smaller ones to <see cref="TraceDetail.Full"/>, indented, as before. At 1,000 lines
    /// a full trace is already about 0.4 MB (each line copied into every figure that sums it); below it the copies
    /// cost nothing a reader would notice and keep each trace readable on its own.
    /// </summary>
    public const int SummaryAboveLines = 1_000;

    public static IReadOnlyList<string> Names { get; } = ["none", "summary", "full"];

    public static string Wire(TraceDetail detail) => Names[(int)detail];

    /// <summary>Reads "none", "summary" or "full"; anything else is bad input naming <paramref name="field"/>.</summary>
    public static TraceDetail Parse(string text, string field) =>
        text switch
        {
            "none" => TraceDetail.None,
            "summary" => TraceDetail.Summary,
            "full" => TraceDetail.Full,
            _ => throw new InputException(field, text, "one of none, summary, full"),
        };

    /// <summary>The detail when none was asked for: summary above <see cref="SummaryAboveLines"/> lines, full otherwise.</summary>
    public static TraceDetail ForLines(int lines) => lines > SummaryAboveLines ? TraceDetail.Summary : TraceDetail.Full;
}
