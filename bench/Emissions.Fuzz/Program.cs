using System.Diagnostics;
using System.Globalization;
using Emissions.Core.Tests.Fuzzing;
using Emissions.Factors.Tests.Fuzzing;
using Emissions.Quantities;

// dotnet run -c Release --project bench/Emissions.Fuzz [-- COUNT [SEED]] [--only NAME,NAME] [--workers N] [--retime K]
// Every parser, COUNT inputs each (default 10⁶), on N worker threads (default 1). Each input slower than 10 ms (wall or
// thread CPU) is printed and then timed alone K more times (default 5), cold: the fastest of those runs is its own cost.
var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToArray();
var count = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 1_000_000;
var seed = positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 2026;
var only = Option("--only")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
var workers = int.Parse(Option("--workers") ?? "1", CultureInfo.InvariantCulture);
var retimes = int.Parse(Option("--retime") ?? "5", CultureInfo.InvariantCulture);
const double limitMs = 10;

Func<long>? cpu = Emissions.Budget.ThreadCpuTime.IsAvailable ? Emissions.Budget.ThreadCpuTime.Nanoseconds : null;
var options = new FuzzOptions { Workers = workers, SlowMs = limitMs, ThreadCpuNanoseconds = cpu };
var targets = FuzzTargets.All.Append(FactorSetFuzz.Target).Where(t => only is null || only.Contains(t.Name, StringComparer.Ordinal)).ToList();

Console.WriteLine($"seed {seed}, {workers} worker(s), {Environment.ProcessorCount} cores, thread CPU clock {(cpu is null ? "unavailable" : "on")}, server GC {System.Runtime.GCSettings.IsServerGC}");
Console.WriteLine("| parser | inputs | parsed | exceptions | round-trip failures | mean CPU (µs) | max wall (ms) | max CPU (ms) | > 10 ms in sweep | > 10 ms after re-timing | slowest re-timed (ms) | wall (s) | load avg (start → end) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
var failed = false;
foreach (var target in targets)
{
    var loadBefore = LoadAverage();
    var clock = Stopwatch.StartNew();
    var r = FuzzSweep.Run(target, seed, count, options);
    var sweepSeconds = clock.Elapsed.TotalSeconds;
    var loadAfter = LoadAverage();

    // Re-time every slow input alone, after a full collection, with the unit caches emptied before each run.
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var retimed = r.Slow.Select(s => (Slow: s, Again: FuzzSweep.Retime(target, s.Input, retimes, UnitParser.Forget, cpu))).ToList();
    var stillSlow = retimed.Count(x => x.Again.MinWallMs > limitMs);
    var slowestRetimed = retimed.Count == 0 ? 0 : retimed.Max(x => x.Again.MinWallMs);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Target} | {r.Inputs:N0} | {r.Parsed:N0} | {r.Exceptions:N0} | {r.RoundTripFailures:N0} | {(cpu is null ? "–" : (r.CpuSeconds * 1e6 / r.Inputs).ToString("F1", CultureInfo.InvariantCulture))} | {r.SlowestMs:F2} | {(cpu is null ? "–" : r.SlowestCpuMs.ToString("F2", CultureInfo.InvariantCulture))} | {r.SlowCount:N0} | {stillSlow:N0}{(r.SlowCount > r.Slow.Count ? $" of {r.Slow.Count:N0} kept" : "")} | {slowestRetimed:F2} | {sweepSeconds:F0} | {loadBefore} → {loadAfter} |"));
    foreach (var v in r.Violations)
    {
        Console.Error.WriteLine($"{r.Target}: violation: {v}");
    }

    foreach (var (s, again) in retimed.OrderByDescending(x => x.Slow.WallMs))
    {
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Target}: slow input {s.Escaped}: sweep {s.WallMs:F2} ms wall, {s.CpuMs:F2} ms CPU, {s.GcPauseMs:F2} ms GC pause; alone ×{retimes}: min {again.MinWallMs:F3} ms, median {again.MedianWallMs:F3} ms wall, min {again.MinCpuMs:F3} ms CPU"));
    }

    failed |= r.ViolationCount > 0 || stillSlow > 0;
}

return failed ? 1 : 0;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
