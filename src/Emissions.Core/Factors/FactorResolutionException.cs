namespace Emissions.Factors;

/// <summary>No factor in the set answers a query; the message lists what the set does have.</summary>
public sealed class FactorResolutionException : InvalidInputException
{
    /// <summary>No factor answers a query, with no detail.</summary>
    public FactorResolutionException()
    {
    }

    /// <summary>No factor answers a query; the message names the query and what the set has.</summary>
    /// <param name="message">The message.</param>
    public FactorResolutionException(string message)
        : base(message)
    {
    }

    /// <summary>No factor answers a query, because of another exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused it.</param>
    public FactorResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
