namespace Emissions.Quantities;

/// <summary>A quantity, unit or arithmetic request that cannot be honoured, with a message naming the value and what was expected.</summary>
public sealed class QuantityException : InvalidInputException
{
    public QuantityException(QuantityError error, string message, IReadOnlyList<string>? suggestions = null)
        : base(message)
    {
        Error = error;
        Suggestions = suggestions ?? [];
    }

    public QuantityException()
        : this(QuantityError.MalformedNumber, "invalid quantity")
    {
    }

    public QuantityException(string message)
        : this(QuantityError.MalformedNumber, message)
    {
    }

    public QuantityException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = QuantityError.MalformedNumber;
        Suggestions = [];
    }

    public QuantityError Error { get; }

    /// <summary>For <see cref="QuantityError.UnknownUnit"/>: the nearest known symbols.</summary>
    public IReadOnlyList<string> Suggestions { get; }
}
