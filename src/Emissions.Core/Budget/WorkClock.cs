using System.Diagnostics;

namespace Emissions.Budget;

/// <summary>
/// The clocks a <see cref="WorkBudget"/> reads: the monotonic wall clock at every checkpoint (tens of nanoseconds), the
/// thread's CPU time only once the wall clock has passed what is left of the budget (a system call). Tests give a
/// clock of their own, so that what the budget decides does not depend on how fast the machine runs.
/// </summary>
internal class WorkClock
{
    /// <summary>The machine's clocks: <see cref="Stopwatch"/> and <see cref="ThreadCpuTime"/>.</summary>
    public static WorkClock System { get; } = new();

    /// <summary>Ticks of the wall clock per second.</summary>
    public virtual long Frequency => Stopwatch.Frequency;

    /// <summary>The monotonic wall clock, in ticks of <see cref="Frequency"/>.</summary>
    public virtual long WallTimestamp() => Stopwatch.GetTimestamp();

    /// <summary>Whether <see cref="ThreadCpuNanoseconds"/> can be read here (otherwise the budget is wall time).</summary>
    public virtual bool HasThreadCpuClock => ThreadCpuTime.IsAvailable;

    /// <summary>The calling thread's CPU time in nanoseconds; -1 when there is no such clock.</summary>
    public virtual long ThreadCpuNanoseconds() => ThreadCpuTime.Nanoseconds();
}
