namespace Emissions.Cli;

/// <summary>Bad input detected by the CLI itself (a missing file, an unknown format).</summary>
public sealed class CliInputException : InvalidInputException
{
    public CliInputException()
    {
    }

    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
