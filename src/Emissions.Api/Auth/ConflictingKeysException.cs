namespace Emissions.Api.Auth;

/// <summary>A request that carries two different API keys (Authorization and X-Api-Key): neither silently wins.</summary>
public sealed class ConflictingKeysException : Exception
{
    public ConflictingKeysException()
        : base("the request carries two different API keys (Authorization and X-Api-Key); send one")
    {
    }

    public ConflictingKeysException(string message)
        : base(message)
    {
    }

    public ConflictingKeysException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
