namespace Emissions.Quantities;

/// <summary>
/// A quantity, unit or arithmetic request that cannot be honoured: the message says why (naming the value),
/// <see cref="Expected"/> what would have been accepted, and <see cref="Hint"/> where to look for it, which each
/// surface words for itself.
/// </summary>
public sealed class QuantityException : InvalidInputException
{
    /// <summary>A rejection of the given kind, expecting what that kind of error expects (<see cref="QuantityExpectations.For"/>).</summary>
    /// <param name="error">Why the value was rejected.</param>
    /// <param name="message">Why, naming the value.</param>
    /// <param name="suggestions">For an unknown unit, the nearest known symbols; none otherwise.</param>
    public QuantityException(QuantityError error, string message, IReadOnlyList<string>? suggestions = null)
        : this(error, message, QuantityExpectations.For(error), suggestions)
    {
    }

    /// <summary>A rejection of the given kind that says what was expected.</summary>
    /// <param name="error">Why the value was rejected.</param>
    /// <param name="message">Why, naming the value.</param>
    /// <param name="expected">What would have been accepted, in words that hold on every surface.</param>
    /// <param name="suggestions">For an unknown unit, the nearest known symbols; none otherwise.</param>
    public QuantityException(QuantityError error, string message, string expected, IReadOnlyList<string>? suggestions = null)
        : base(message)
    {
        Error = error;
        Suggestions = suggestions ?? [];
        expectedText = expected;
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
        expectedText = QuantityExpectations.For(Error);
    }

    /// <summary>What would have been accepted (never the reason, which is the message).</summary>
    public override string Expected => expectedText;

    /// <summary>The reason and what was expected, on one line.</summary>
    public override string OneLineMessage => $"{Message}; expected {Expected}".ReplaceLineEndings(" ");

    /// <summary>Where to look for what was expected; the surface words it (<see cref="QuantityHint"/>).</summary>
    public QuantityHint Hint { get; init; }

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
    private readonly string expectedText;
}
