using System.Runtime.InteropServices;

namespace Emissions.Budget;

/// <summary>
/// The calling thread's CPU time (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)). Unlike the wall clock it does not run
/// while the thread waits for a core, so on a busy host it measures a computation's own work, not the queue it waited in.
/// Elsewhere (or where libc cannot be loaded) <see cref="IsAvailable"/> is false and budgets fall back to the wall clock.
/// </summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3; // Linux's CLOCK_THREAD_CPUTIME_ID (other systems number it differently)

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>Whether the clock can be read on this system.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>The calling thread's CPU time in nanoseconds (user and system); -1 where <see cref="IsAvailable"/> is false.</summary>
    public static long Nanoseconds()
    {
        if (!IsAvailable)
        {
            return -1;
        }

        ClockGetTime(ClockThreadCpuTimeId, out var time);
        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
