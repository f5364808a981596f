using System.Diagnostics;

namespace Emissions.Budget;

/// <summary>
/// A bound on the time one computation may take, and the caller's wish to stop it (a client that went
/// away), for work that runs synchronously on one thread. The caller opens a scope around the work;
/// the work calls <see cref="Checkpoint"/> where it loops (each figure, relation, amount and formula node
/// evaluated), which costs one thread-static read when no scope is open (the CLI, tests, benchmarks).
/// Ambient rather than a parameter so that every reader, checker and evaluator in between keeps its shape.
/// </summary>
public static class WorkBudget
{
    [ThreadStatic]
    private static Scope? current;

    /// <summary>
    /// Opens a budget on this thread until the returned scope is disposed: past <paramref name="limit"/>
    /// (null: no limit) <see cref="Checkpoint"/> throws <see cref="WorkBudgetExceededException"/>; once
    /// <paramref name="cancellation"/> is cancelled it throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static IDisposable Open(TimeSpan? limit, CancellationToken cancellation)
    {
        var scope = new Scope(limit, current, cancellation);
        current = scope;
        return scope;
    }

    /// <summary>Stops the work on this thread if its budget is spent or its caller cancelled it.</summary>
    public static void Checkpoint()
    {
        if (current is { } scope)
        {
            scope.Check();
        }
    }

    /// <summary>
    /// This thread's open budget, for work it spreads over other threads (parallel Monte Carlo draws): each worker
    /// <see cref="Adopt"/>s it, so its checkpoints stop with the request's deadline and cancellation too.
    /// </summary>
    internal static object? Ambient => current;

    /// <summary>Makes <paramref name="ambient"/> (from <see cref="Ambient"/>) this thread's budget until disposed.</summary>
    internal static IDisposable Adopt(object? ambient) => new Adopted((Scope?)ambient);

    private sealed class Adopted : IDisposable
    {
        private readonly Scope? _previous = current;

        public Adopted(Scope? scope) => current = scope;

        public void Dispose() => current = _previous;
    }

    private sealed class Scope : IDisposable
    {
        private readonly CancellationToken _cancellation;
        private readonly Scope? _outer;
        private readonly TimeSpan? _limit;

        // A deadline read from the monotonic clock at each checkpoint (tens of nanoseconds), not a timer per request.
        private readonly long _deadline;

        public Scope(TimeSpan? limit, Scope? outer, CancellationToken cancellation)
        {
            _limit = limit;
            _cancellation = cancellation;
            _outer = outer;
            _deadline = limit is { } l ? Stopwatch.GetTimestamp() + (long)(l.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        }

        public void Check()
        {
            _cancellation.ThrowIfCancellationRequested();
            if (_limit is { } limit && Stopwatch.GetTimestamp() >= _deadline)
            {
                throw new WorkBudgetExceededException(limit);
            }

            _outer?.Check();
        }

        public void Dispose() => current = _outer;
    }
}
