namespace Emissions.Metrics.Expressions;

/// <summary>A formula that cannot be parsed, with the position and what was expected.</summary>
public sealed class ExpressionException : InvalidInputException
{
    /// <summary>A formula that cannot be parsed, with no detail.</summary>
    public ExpressionException()
    {
    }

    /// <summary>A formula that cannot be parsed; the message names the formula and the position.</summary>
    /// <param name="message">The message.</param>
    public ExpressionException(string message)
        : base(message)
    {
    }

    /// <summary>A formula that cannot be parsed, because of another exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused it.</param>
    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
