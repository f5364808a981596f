namespace Emissions.Factors;

/// <summary>No factor in the set answers a query; the message lists what the set does have.</summary>
public sealed class FactorResolutionException : InvalidInputException
{
    public FactorResolutionException()
    {
    }

    public FactorResolutionException(string message)
        : base(message)
    {
    }

    public FactorResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
