namespace Emissions.Metrics.Expressions;

/// <summary>A formula that cannot be parsed, with the position and what was expected.</summary>
public sealed class ExpressionException : InvalidInputException
{
    public ExpressionException()
    {
    }

    public ExpressionException(string message)
        : base(message)
    {
    }

    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
