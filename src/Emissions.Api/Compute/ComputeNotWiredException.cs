namespace Emissions.Api.Compute;

/// <summary>Thrown by the placeholder modules until the real ones are registered: maps to 501 not-implemented.</summary>
public sealed class ComputeNotWiredException : Exception
{
    public ComputeNotWiredException()
        : this("this operation")
    {
    }

    public ComputeNotWiredException(string operation)
        : base($"{operation} is not available in this build yet")
    {
        Operation = operation;
    }

    public ComputeNotWiredException(string message, Exception innerException)
        : base(message, innerException)
    {
        Operation = "";
    }

    public string Operation { get; }
}
