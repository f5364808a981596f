using System.Runtime.InteropServices;

namespace Emissions.Fuzz;

/// <summary>
/// The calling thread's CPU time (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)): unlike wall time it does not grow
/// while the thread waits for a core, so on a shared machine it tells a parser's own work from time taken by others.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Whether this platform has the clock (Linux); elsewhere the harness measures wall time only.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Probe();

    public static long Nanoseconds()
    {
        ClockGetTime(ClockThreadCpuTimeId, out var t);
        return (t.Seconds * 1_000_000_000L) + t.Nanoseconds;
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }
}
