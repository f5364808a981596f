using System.Diagnostics;

namespace Emissions.Budget;

/// <summary>
/// The clocks a <see cref="WorkBudget"/> reads: the monotonic wall clock every few checkpoints (tens of nanoseconds a read), the
/// thread's CPU time only once the wall clock has passed what is left of the budget (a system call). Tests give a
/// clock of their own, so that what the budget decides does not depend on how fast the machine runs.
/// </summary>
internal class WorkClock
{
    /// <summary>The machine's clocks: <see cref="Stopwatch"/> and <see cref="ThreadCpuTime"/>.</summary>
    public static WorkClock System { get; } = new();

    /// <summary>Ticks of the wall clock per second.</summary>
    public virtual long Frequency => Stopwatch.Frequency;

    /// <summary>
    /// How many checkpoints pass between two reads of <see cref="WallTimestamp"/>. A read of the machine's wall clock is
    /// ~30–40 ns here (kvm-clock through the vDSO), half of what a checkpoint cost when it read the clock every time
    /// (bench/load/RESULTS.md, 2026-12-07). The work between two checkpoints is one figure, relation, amount or formula
    /// node, so sixteen of them overrun a spent budget by well under a millisecond; cancellation is still looked at
    /// every checkpoint.
    /// </summary>
    public virtual int CheckpointsPerRead => 16;

    /// <summary>The monotonic wall clock, in ticks of <see cref="Frequency"/>.</summary>
    public virtual long WallTimestamp() => Stopwatch.GetTimestamp();

    /// <summary>Whether <see cref="ThreadCpuNanoseconds"/> can be read here (otherwise the budget is wall time).</summary>
    public virtual bool HasThreadCpuClock => ThreadCpuTime.IsAvailable;

    /// <summary>The calling thread's CPU time in nanoseconds; -1 when there is no such clock.</summary>
    public virtual long ThreadCpuNanoseconds() => ThreadCpuTime.Nanoseconds();
}
