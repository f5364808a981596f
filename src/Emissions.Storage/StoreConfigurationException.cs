namespace Emissions.Storage;

/// <summary>The database settings cannot work (unknown provider, PostgreSQL without a connection string).</summary>
public sealed class StoreConfigurationException : Exception
{
    public StoreConfigurationException()
    {
    }

    public StoreConfigurationException(string message)
        : base(message)
    {
    }

    public StoreConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
