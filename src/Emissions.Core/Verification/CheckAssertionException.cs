namespace Emissions.Verification;

/// <summary>A <see cref="CheckAssert"/> that failed; its message carries the verdict's own explanation. Any test framework reports it as a failure.</summary>
public sealed class CheckAssertionException : Exception
{
    /// <summary>A report assertion failed, with no detail.</summary>
    public CheckAssertionException()
    {
    }

    /// <summary>A report assertion failed; the message carries the check's verdict and explanation.</summary>
    /// <param name="message">The message.</param>
    public CheckAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>A report assertion failed because of another exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused it.</param>
    public CheckAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
