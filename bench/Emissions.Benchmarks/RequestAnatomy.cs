using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Emissions.Benchmarks;

/// <summary>
/// Where the CPU of a run of requests goes beyond the requests' own work: process CPU (every thread), this thread's CPU,
/// wall-clock mean and best single request, garbage collections by generation and their pause time, per request. The
/// phases of <see cref="CheckPathBenchmarks.Phases"/> are best single runs; this says what the average request pays on
/// top (collections, the runtime's other threads).
/// </summary>
internal static class RequestAnatomy
{
    public static string Measure(int runs, Action request)
    {
        request();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var process = Process.GetCurrentProcess().TotalProcessorTime;
        var thread = ThreadCpu();
        var best = double.MaxValue;
        var wall = Stopwatch.StartNew();
        var one = new Stopwatch();
        for (var i = 0; i < runs; i++)
        {
            one.Restart();
            request();
            best = Math.Min(best, one.Elapsed.TotalMicroseconds);
        }

        var wallMicros = wall.Elapsed.TotalMicroseconds / runs;
        var threadMicros = (ThreadCpu() - thread) / 1_000.0 / runs;
        var processMicros = (Process.GetCurrentProcess().TotalProcessorTime - process).TotalMicroseconds / runs;
        var pauseMicros = (GC.GetTotalPauseDuration() - pause).TotalMicroseconds / runs;
        double PerHundred(int generation, int before) => 100.0 * (GC.CollectionCount(generation) - before) / runs;
        var times = FormattableString.Invariant(
            $"process CPU {processMicros:F0} µs, this thread {threadMicros:F0} µs, wall mean {wallMicros:F0} µs, best {best:F0} µs; ");
        var collections = FormattableString.Invariant(
            $"per 100 requests gen0 {PerHundred(0, gen0):F0}, gen1 {PerHundred(1, gen1):F0}, gen2 {PerHundred(2, gen2):F0}, GC pause {pauseMicros:F0} µs per request");
        return times + collections + $"; gen-0 budget {Gen0Budget()}";
    }

    /// <summary>
    /// The gen-0 budget asked for: the service image sets DOTNET_GCgen0size=2000000 (hexadecimal, 32 MiB); without it
    /// this VM's runtime picks ~2 MB (its kernel reports no CPU cache sizes), about one wide-500 request's allocation.
    /// </summary>
    private static string Gen0Budget() =>
        Environment.GetEnvironmentVariable("DOTNET_GCgen0size") is { Length: > 0 } size
            ? $"DOTNET_GCgen0size={size}"
            : "the runtime's default (DOTNET_GCgen0size unset)";

    /// <summary>This thread's CPU time in nanoseconds (Linux: CLOCK_THREAD_CPUTIME_ID).</summary>
    private static long ThreadCpu()
    {
        const int threadCpuClock = 3;
        return clock_gettime(threadCpuClock, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
