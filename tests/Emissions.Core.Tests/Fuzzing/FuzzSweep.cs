using System.Diagnostics;
using System.Text.Json;

namespace Emissions.Core.Tests.Fuzzing;

/// <summary>One parser's generator and property, by name.</summary>
public sealed record FuzzTarget(string Name, Func<Random, string> Generate, Func<string, FuzzOutcome> Property);

/// <summary>An input that took longer than the sweep's threshold: wall and thread CPU time, and the collector's pauses while it ran.</summary>
public sealed record SlowInput(string Input, double WallMs, double CpuMs, double GcPauseMs)
{
    /// <summary>The input as a JSON string, so that control characters and white space show.</summary>
    public string Escaped => JsonSerializer.Serialize(Input);
}

/// <summary>How a sweep runs: worker threads, what counts as slow, and (when the host can read it) each thread's CPU clock.</summary>
public sealed record FuzzOptions
{
    public int Workers { get; init; } = 1;

    public double SlowMs { get; init; } = 10;

    /// <summary>The calling thread's CPU time in nanoseconds; null when not measured.</summary>
    public Func<long>? ThreadCpuNanoseconds { get; init; }

    /// <summary>Slow inputs kept per worker, to be re-timed (all are counted); a loaded machine makes thousands slow, so keep them all.</summary>
    public int MaxSlowKept { get; init; } = 100_000;
}

/// <summary>What a sweep saw: inputs tried, those parsed, the violations by kind (first few kept), time, and every slow input.</summary>
public sealed record FuzzResult(
    string Target, int Inputs, int Parsed, int Exceptions, int RoundTripFailures, IReadOnlyList<string> Violations,
    double SlowestMs, double SlowestCpuMs, double CpuSeconds, int SlowCount, IReadOnlyList<SlowInput> Slow)
{
    public int ViolationCount => Exceptions + RoundTripFailures;
}

/// <summary>Runs a target's property over seeded random inputs; used by the test suite (short) and bench/Emissions.Fuzz (long).</summary>
public static class FuzzSweep
{
    public static FuzzResult Run(FuzzTarget target, int seed, int count, FuzzOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        options ??= new FuzzOptions();
        var workers = Math.Max(1, options.Workers);
        if (workers == 1)
        {
            return Worker(target, new Random(seed), count, options);
        }

        // Each worker has its own seeded generator and share (not HashCode.Combine: it is randomized per process), so a parallel sweep replays too.
        var parts = new FuzzResult[workers];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
            parts[w] = Worker(target, new Random(unchecked((seed * 7919) + w)), (count / workers) + (w < count % workers ? 1 : 0), options));
        return new FuzzResult(target.Name, parts.Sum(p => p.Inputs), parts.Sum(p => p.Parsed), parts.Sum(p => p.Exceptions),
            parts.Sum(p => p.RoundTripFailures), [.. parts.SelectMany(p => p.Violations).Take(20)], parts.Max(p => p.SlowestMs),
            parts.Max(p => p.SlowestCpuMs), parts.Sum(p => p.CpuSeconds), parts.Sum(p => p.SlowCount), [.. parts.SelectMany(p => p.Slow)]);
    }

    private static FuzzResult Worker(FuzzTarget target, Random random, int count, FuzzOptions options)
    {
        var violations = new List<string>();
        var slow = new List<SlowInput>();
        int exceptions = 0, roundTrips = 0, parsed = 0, slowCount = 0;
        double slowest = 0, slowestCpu = 0;
        long cpuTotal = 0;
        var cpu = options.ThreadCpuNanoseconds;
        for (var i = 0; i < count; i++)
        {
            var input = target.Generate(random);
            var pauseBefore = GC.GetTotalPauseDuration();
            var cpuBefore = cpu?.Invoke() ?? 0;
            var start = Stopwatch.GetTimestamp();
            var outcome = target.Property(input);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var cpuNs = (cpu?.Invoke() ?? 0) - cpuBefore;
            var cpuMs = cpuNs / 1e6;
            cpuTotal += cpuNs;
            slowest = Math.Max(slowest, ms);
            slowestCpu = Math.Max(slowestCpu, cpuMs);
            if (ms > options.SlowMs || cpuMs > options.SlowMs)
            {
                slowCount++;
                if (slow.Count < options.MaxSlowKept)
                {
                    slow.Add(new SlowInput(input, ms, cpuMs, (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds));
                }
            }

            parsed += outcome.Verdict == FuzzVerdict.Parsed ? 1 : 0;
            exceptions += outcome.Verdict == FuzzVerdict.Exception ? 1 : 0;
            roundTrips += outcome.Verdict == FuzzVerdict.RoundTrip ? 1 : 0;
            if (outcome.IsViolation && violations.Count < 20)
            {
                violations.Add($"{JsonSerializer.Serialize(input)}: {outcome.Detail}");
            }
        }

        return new FuzzResult(target.Name, count, parsed, exceptions, roundTrips, violations, slowest, slowestCpu, cpuTotal / 1e9, slowCount, slow);
    }

    /// <summary>
    /// Times one input alone <paramref name="times"/> times, with <paramref name="forgetCaches"/> run before each so that
    /// every run parses cold as the sweep's did: the fastest run is the input's own cost, free of the collector's pauses
    /// and of the other processes that share the machine.
    /// </summary>
    public static (double MinWallMs, double MedianWallMs, double MinCpuMs) Retime(
        FuzzTarget target, string input, int times, Action? forgetCaches, Func<long>? threadCpuNanoseconds)
    {
        ArgumentNullException.ThrowIfNull(target);
        var walls = new double[times];
        var minCpu = double.MaxValue;
        for (var i = 0; i < times; i++)
        {
            forgetCaches?.Invoke();
            var cpuBefore = threadCpuNanoseconds?.Invoke() ?? 0;
            var start = Stopwatch.GetTimestamp();
            target.Property(input);
            walls[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            minCpu = Math.Min(minCpu, ((threadCpuNanoseconds?.Invoke() ?? 0) - cpuBefore) / 1e6);
        }

        Array.Sort(walls);
        return (walls[0], walls[times / 2], minCpu);
    }
}
