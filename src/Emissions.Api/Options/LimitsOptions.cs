namespace Emissions.Api.Options;

/// <summary>What one request may carry; beyond these the answer is 413 or 422, never 500.</summary>
public sealed class LimitsOptions
{
    /// <summary>Largest accepted request body in bytes (default 1 MiB).</summary>
    public long MaxBodyBytes { get; set; } = 1_048_576;

    /// <summary>Most array entries (figures, inputs, relations …) one JSON body may hold, counted over the whole document.</summary>
    public int MaxFigures { get; set; } = 10_000;

    /// <summary>Deepest JSON nesting accepted.</summary>
    public int MaxDepth { get; set; } = 64;

    /// <summary>
    /// Seconds of CPU time one calculation or check may use before it is stopped with a 422
    /// <c>budget-exceeded</c> problem; 0 or less: no limit. CPU time, not wall time (Emissions.Budget.WorkBudget):
    /// a busy host makes requests wait for a core, which does not count. The default is far above what a legitimate
    /// request needs (the largest accepted check, 10,000 figures, uses about 50 ms of CPU in the check itself).
    /// </summary>
    public double ComputeBudgetSeconds { get; set; } = 10;
}
