namespace Emissions.Verification;

/// <summary>A <see cref="CheckAssert"/> that failed; its message carries the verdict's own explanation. Any test framework reports it as a failure.</summary>
public sealed class CheckAssertionException : Exception
{
    public CheckAssertionException()
    {
    }

    public CheckAssertionException(string message)
        : base(message)
    {
    }

    public CheckAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
