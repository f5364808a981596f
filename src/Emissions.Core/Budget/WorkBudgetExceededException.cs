using System.Globalization;

namespace Emissions.Budget;

/// <summary>A computation stopped because it took longer than its <see cref="WorkBudget"/> allows.</summary>
public sealed class WorkBudgetExceededException : Exception
{
    /// <summary>A computation stopped at <paramref name="limit"/>; the message says how long one request may compute.</summary>
    /// <param name="limit">The computation time one request may use.</param>
    public WorkBudgetExceededException(TimeSpan limit)
        : base($"the request needs more than the {limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s of computation one request may use")
    {
        Limit = limit;
    }

    /// <summary>A computation stopped with no stated limit (<see cref="Limit"/> is zero).</summary>
    public WorkBudgetExceededException()
        : this(TimeSpan.Zero)
    {
    }

    /// <summary>A computation stopped, with the given message (<see cref="Limit"/> is zero).</summary>
    /// <param name="message">The message.</param>
    public WorkBudgetExceededException(string message)
        : base(message)
    {
    }

    /// <summary>A computation stopped because of another exception (<see cref="Limit"/> is zero).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that stopped it.</param>
    public WorkBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The computation time the request was allowed; zero when not stated.</summary>
    public TimeSpan Limit { get; }
}
