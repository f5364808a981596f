namespace Emissions.Budget;

/// <summary>
/// A bound on the CPU time one computation may use, and the caller's wish to stop it (a client that went away), for
/// work that runs synchronously on one thread (and on the threads it hands parts to, see <see cref="Ambient"/>). The
/// caller opens a scope around the work; the work calls <see cref="Checkpoint"/> where it loops (each figure, relation,
/// amount and formula node evaluated), which costs one thread-static read when no scope is open (the CLI, tests,
/// benchmarks). Ambient rather than a parameter so that every reader, checker and evaluator in between keeps its shape.
/// </summary>
/// <remarks>
/// The budget is CPU time, not wall time: on a busy host a computation waits for a core, and an honest request must not
/// be refused for the time it spent waiting; a runaway one burns CPU and is stopped all the same. A checkpoint reads
/// only the wall clock, and only every <see cref="WorkClock.CheckpointsPerRead"/>th checkpoint; once the wall clock passes the budget's deadline the thread's CPU time is read, and if CPU
/// remains the deadline moves to when that remainder could at the earliest be spent. The thread CPU clock is a system
/// call (1.5 µs measured on the CI machine, bench --loop-budget), so work that ends within <see cref="Grace"/> of wall
/// time never reads it: the first deadline is at most that far away, and the wall time to it is counted as CPU time
/// (an upper bound) when the clock is first read. Without a thread CPU clock (not Linux) the budget is wall time.
/// </remarks>
public static class WorkBudget
{
    /// <summary>Wall time a budget's work runs before the thread CPU clock is first read (counted as CPU time then).</summary>
    internal static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(1);

    [ThreadStatic]
    private static Meter? current;

    /// <summary>
    /// Opens a budget on this thread until the returned scope is disposed: once the work has used
    /// <paramref name="limit"/> of CPU time (null: no limit) <see cref="Checkpoint"/> throws
    /// <see cref="WorkBudgetExceededException"/>; once <paramref name="cancellation"/> is cancelled it throws
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public static IDisposable Open(TimeSpan? limit, CancellationToken cancellation) => Open(limit, WorkClock.System, cancellation);

    /// <summary>As <see cref="Open(TimeSpan?, CancellationToken)"/>, reading <paramref name="clock"/> (tests).</summary>
    internal static IDisposable Open(TimeSpan? limit, WorkClock clock, CancellationToken cancellation)
    {
        var meter = new Meter(new Allowance(limit, clock, cancellation), current, worker: false);
        current = meter;
        return meter;
    }

    /// <summary>
    /// Stops the work on this thread if its caller cancelled it, or if its budget is spent (noticed within the clock's
    /// <see cref="WorkClock.CheckpointsPerRead"/> checkpoints).
    /// </summary>
    public static void Checkpoint()
    {
        if (current is { } meter)
        {
            meter.Check();
        }
    }

    /// <summary>
    /// This thread's open budget, for work it spreads over other threads (parallel Monte Carlo draws): each worker
    /// <see cref="Adopt"/>s it, so its checkpoints stop with the request's budget and cancellation too, and the CPU time
    /// it uses counts against the same budget.
    /// </summary>
    internal static object? Ambient => current;

    /// <summary>
    /// Makes <paramref name="ambient"/> (from <see cref="Ambient"/>) this thread's budget until disposed. On the thread
    /// that owns it (a parallel loop runs parts on its caller too) it is already this thread's: nothing changes.
    /// </summary>
    internal static IDisposable Adopt(object? ambient)
    {
        var adopted = (Meter?)ambient;
        if (adopted is null || ReferenceEquals(adopted, current))
        {
            return new Restore(current);
        }

        var meter = Worker(adopted);
        current = meter;
        return meter;
    }

    // A meter on this thread for each allowance the adopted chain checks, outermost first.
    private static Meter Worker(Meter adopted) => new(adopted.Allowance, adopted.Outer is { } outer ? Worker(outer) : null, worker: true, previous: current);

    private sealed class Restore(Meter? previous) : IDisposable
    {
        public void Dispose() => current = previous;
    }

    /// <summary>One budget, shared by the threads that work under it: its limit, its cancellation and the CPU spent.</summary>
    private sealed class Allowance
    {
        private readonly TimeSpan? _limit;
        private readonly long _limitNanoseconds;
        private long _spentNanoseconds;
        private long _deadline; // wall-clock ticks before which the budget cannot be spent, read at every checkpoint
        private int _threads = 1;

        public Allowance(TimeSpan? limit, WorkClock clock, CancellationToken cancellation)
        {
            _limit = limit;
            Cancellation = cancellation;
            Clock = clock;
            CheckpointsPerRead = Math.Max(1, clock.CheckpointsPerRead);
            _limitNanoseconds = limit is { } l ? (long)Math.Min(l.TotalNanoseconds, long.MaxValue / 2) : long.MaxValue;
            Opened = clock.WallTimestamp();
            _deadline = limit is null ? long.MaxValue
                : Opened + Ticks(clock.HasThreadCpuClock ? Math.Min(_limitNanoseconds, (long)Grace.TotalNanoseconds) : _limitNanoseconds);
        }

        /// <summary>The wall clock when the budget opened.</summary>
        public long Opened { get; }

        public CancellationToken Cancellation { get; }

        public WorkClock Clock { get; }

        /// <summary>The clock's <see cref="WorkClock.CheckpointsPerRead"/>, read once (a virtual call per checkpoint otherwise).</summary>
        public int CheckpointsPerRead { get; }

        public bool HasLimit => _limit is not null;

        public bool IsPast(long now) => now >= Volatile.Read(ref _deadline);

        public void Join() => Interlocked.Increment(ref _threads);

        public void Leave() => Interlocked.Decrement(ref _threads);

        /// <summary>Adds CPU time one thread used; the total so far.</summary>
        public long Spend(long nanoseconds) => Interlocked.Add(ref _spentNanoseconds, nanoseconds);

        /// <summary>
        /// The wall clock passed the deadline: with <paramref name="spent"/> of CPU used, stops the work if the budget
        /// is spent; otherwise moves the deadline to when the rest could be spent by the threads working under it.
        /// </summary>
        public void Reckon(long spent)
        {
            var left = _limitNanoseconds - spent;
            if (spent < 0 || left <= 0)
            {
                throw new WorkBudgetExceededException(_limit ?? TimeSpan.Zero);
            }

            Volatile.Write(ref _deadline, Clock.WallTimestamp() + Ticks(left / Math.Max(1, Volatile.Read(ref _threads))));
        }

        public long Nanoseconds(long ticks) => (long)(ticks * (1e9 / Clock.Frequency));

        private long Ticks(long nanoseconds) => (long)(nanoseconds / 1e9 * Clock.Frequency);
    }

    /// <summary>
    /// One thread's part in an allowance: the thread CPU time it has already counted. Each thread has its own, since a
    /// thread's CPU clock can be read only on that thread.
    /// </summary>
    private sealed class Meter : IDisposable
    {
        // The opening thread's clock is not read yet (see Grace).
        private const long NotRead = long.MinValue;

        private readonly bool _worker;
        private readonly Meter? _previous;
        private long _counted;
        private int _untilClockRead = 1; // the first checkpoint reads the clock

        public Meter(Allowance allowance, Meter? outer, bool worker, Meter? previous = null)
        {
            Allowance = allowance;
            Outer = outer;
            _worker = worker;
            _previous = worker ? previous : outer;

            // A worker's part is a large share of the work (a range of Monte Carlo draws): its clock is read from the start.
            _counted = worker && allowance.HasLimit ? allowance.Clock.ThreadCpuNanoseconds() : NotRead;
            if (worker)
            {
                allowance.Join();
            }
        }

        public Allowance Allowance { get; }

        public Meter? Outer { get; }

        public void Check()
        {
            Allowance.Cancellation.ThrowIfCancellationRequested();
            if (--_untilClockRead <= 0)
            {
                _untilClockRead = Allowance.CheckpointsPerRead;
                CheckClock();
            }

            Outer?.Check();
        }

        private void CheckClock()
        {
            if (Allowance.IsPast(Allowance.Clock.WallTimestamp()))
            {
                // No CPU clock: the wall clock is the budget (CountSince answers -1 and Reckon stops the work).
                Allowance.Reckon(CountSince());
            }
        }

        // The thread's CPU time since it was last counted (the first time on the opening thread: the wall time since the
        // budget opened, which the CPU time cannot exceed), added to the allowance; the allowance's total, -1 without a clock.
        private long CountSince()
        {
            var now = Allowance.Clock.ThreadCpuNanoseconds();
            if (now < 0)
            {
                return -1;
            }

            var used = _counted == NotRead ? Allowance.Nanoseconds(Allowance.Clock.WallTimestamp() - Allowance.Opened) : now - _counted;
            _counted = now;
            return Allowance.Spend(used);
        }

        public void Dispose()
        {
            if (_worker)
            {
                // A worker's last stretch counts for the threads still working.
                if (Allowance.HasLimit)
                {
                    CountSince();
                }

                Allowance.Leave();
                Outer?.Dispose();
            }

            current = _previous;
        }
    }
}
