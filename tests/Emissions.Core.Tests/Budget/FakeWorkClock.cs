using System.Collections.Concurrent;
using Emissions.Budget;

namespace Emissions.Core.Tests.Budget;

/// <summary>
/// Clocks a test moves by hand: the wall clock (in nanoseconds) and each thread's CPU time, so that what a budget
/// decides depends on the figures the test sets, not on how fast or how busy the machine is. Counts the CPU clock's reads.
/// </summary>
internal sealed class FakeWorkClock : WorkClock
{
    private readonly ConcurrentDictionary<int, long> _cpu = new();
    private long _wall;
    private int _cpuReads;
    private int _wallReads;

    /// <summary>Whether the system has a thread CPU clock (false: the budget is wall time).</summary>
    public bool HasCpuClock { get; init; } = true;

    /// <summary>How many times the budget read a thread's CPU time.</summary>
    public int CpuReads => Volatile.Read(ref _cpuReads);

    /// <summary>Checkpoints between two reads of the wall clock (1: every checkpoint reads it, as the tests assume unless they set it).</summary>
    public int ReadEvery { get; init; } = 1;

    /// <summary>How many times the budget read the wall clock.</summary>
    public int WallReads => Volatile.Read(ref _wallReads);

    public override int CheckpointsPerRead => ReadEvery;

    public override bool HasThreadCpuClock => HasCpuClock;

    public override long Frequency => 1_000_000_000;

    public override long WallTimestamp()
    {
        Interlocked.Increment(ref _wallReads);
        return Interlocked.Read(ref _wall);
    }

    public override long ThreadCpuNanoseconds()
    {
        Interlocked.Increment(ref _cpuReads);
        return HasCpuClock ? _cpu.GetValueOrDefault(Environment.CurrentManagedThreadId) : -1;
    }

    /// <summary>Wall time passes (for every thread).</summary>
    public void Wait(TimeSpan wall) => Interlocked.Add(ref _wall, (long)wall.TotalNanoseconds);

    /// <summary>The calling thread computes for <paramref name="cpu"/>, taking as long on the wall clock.</summary>
    public void Compute(TimeSpan cpu)
    {
        _cpu.AddOrUpdate(Environment.CurrentManagedThreadId, (long)cpu.TotalNanoseconds, (_, spent) => spent + (long)cpu.TotalNanoseconds);
        Wait(cpu);
    }
}
