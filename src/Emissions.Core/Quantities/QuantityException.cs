namespace Emissions.Quantities;

/// <summary>A quantity, unit or arithmetic request that cannot be honoured, with a message naming the value and what was expected.</summary>
public sealed class QuantityException : InvalidInputException
{
    /// <summary>A rejection of the given kind with a message naming the value and what was expected.</summary>
    /// <param name="error">Why the value was rejected.</param>
    /// <param name="message">The message, naming the value and what was expected.</param>
    /// <param name="suggestions">For an unknown unit, the nearest known symbols; none otherwise.</param>
    public QuantityException(QuantityError error, string message, IReadOnlyList<string>? suggestions = null)
        : base(message)
    {
        Error = error;
        Suggestions = suggestions ?? [];
    }

    /// <summary>A rejection with no detail (code <see cref="QuantityError.MalformedNumber"/>); prefer the constructor that names the error.</summary>
    public QuantityException()
        : this(QuantityError.MalformedNumber, "invalid quantity")
    {
    }

    /// <summary>A rejection of a malformed number (code <see cref="QuantityError.MalformedNumber"/>) with the given message.</summary>
    /// <param name="message">The message, naming the value and what was expected.</param>
    public QuantityException(string message)
        : this(QuantityError.MalformedNumber, message)
    {
    }

    /// <summary>A rejection of a malformed number (code <see cref="QuantityError.MalformedNumber"/>) caused by another exception.</summary>
    /// <param name="message">The message, naming the value and what was expected.</param>
    /// <param name="innerException">The exception that caused it.</param>
    public QuantityException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = QuantityError.MalformedNumber;
        Suggestions = [];
    }

    /// <summary>Why the value was rejected; stable, so callers map it (the service to a problem type, the CLI to a message).</summary>
    public QuantityError Error { get; }

    /// <summary>For <see cref="QuantityError.UnknownUnit"/>: the nearest known symbols.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    /// <summary>
    /// Whether the printed number itself is at fault (malformed, or beyond decimal's range as written) rather than its
    /// unit: with a value and a unit given apart, this decides which of the two fields an error names. A unit can
    /// overflow too ("m^99", or a scale beyond decimal), so <see cref="QuantityError.Overflow"/> alone does not say.
    /// </summary>
    public bool NumberAtFault
    {
        get => Error == QuantityError.MalformedNumber || numberTooLarge;
        init => numberTooLarge = value;
    }

    private readonly bool numberTooLarge;
}
