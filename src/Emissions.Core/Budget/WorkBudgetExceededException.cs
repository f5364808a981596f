using System.Globalization;

namespace Emissions.Budget;

/// <summary>A computation stopped because it took longer than its <see cref="WorkBudget"/> allows.</summary>
public sealed class WorkBudgetExceededException : Exception
{
    public WorkBudgetExceededException(TimeSpan limit)
        : base($"the request needs more than the {limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s of computation one request may use")
    {
        Limit = limit;
    }

    public WorkBudgetExceededException()
        : this(TimeSpan.Zero)
    {
    }

    public WorkBudgetExceededException(string message)
        : base(message)
    {
    }

    public WorkBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TimeSpan Limit { get; }
}
