namespace Emissions.Verification;

/// <summary>
/// Whether a check answer is worked out on a second core (ADR 0034): a report of at least <see cref="MinChecks"/> checks
/// is, when the machine has more than one core and the operator has not set <c>EMISSIONS_CHECK_THREADS=1</c>; a smaller
/// one (Kuaishou 2020's 11 checks) stays on the caller's thread, where a hand-off would cost more than it saves.
/// </summary>
/// <remarks>
/// The second core only ever works out and writes whole checks into its own buffer; the caller copies them into the
/// answer in the report's order, so the bytes are the same whichever core did which check (tests compare both ways).
/// </remarks>
internal static class CheckParallelism
{
    /// <summary>
    /// The fewest checks worth a second core. Measured (bench --loop-path, RESULTS-verification 2026-12-07): handing work
    /// to a pool thread costs tens of µs of wall time before it starts, about what 16–32 checks' diagnostics and JSON cost.
    /// </summary>
    public const int MinChecks = 64;

    /// <summary>The environment setting that keeps every check answer on one core (<c>1</c>); anything else: as measured.</summary>
    public const string ThreadsVariable = "EMISSIONS_CHECK_THREADS";

    // Read once: a process either allows a second core or not (checked per answer it would cost an environment read).
    private static readonly bool Allowed = Environment.ProcessorCount > 1
        && Environment.GetEnvironmentVariable(ThreadsVariable)?.Trim() != "1";

    /// <summary>Whether an answer of <paramref name="checks"/> checks uses a second core.</summary>
    public static bool Worthwhile(int checks) => Allowed && checks >= MinChecks;
}
