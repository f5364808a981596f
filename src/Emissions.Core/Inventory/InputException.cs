using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>Bad input: names the JSON path, the value found and what was expected, and what kind of problem it is.</summary>
public sealed class InputException : InvalidInputException
{
    /// <summary>Bad input at <paramref name="path"/>; the message reads "path: 'value': expected …".</summary>
    /// <param name="path">The JSON path (or file, line and column) of the bad value.</param>
    /// <param name="value">The value found (shortened if long), or null when it is missing or there is no one value to quote.</param>
    /// <param name="expected">What was expected, in words a report writer understands.</param>
    /// <param name="error">What kind of bad input this is.</param>
    /// <param name="innerException">The exception that revealed it, if any.</param>
    public InputException(string path, string? value, string expected, InputError error = InputError.InvalidValue, Exception? innerException = null)
        : base(Describe(path, value is null ? null : Excerpt.Of(value), expected, error), innerException)
    {
        Path = path;
        Value = value is null ? null : Excerpt.Of(value);
        Expected = expected;
        Error = error;
    }

    /// <summary>
    /// Bad input at <paramref name="path"/> with a reason apart from the expectation; the message reads
    /// "path: 'value': reason; expected …", and <see cref="Expected"/> holds only what was expected.
    /// </summary>
    /// <param name="path">The JSON path (or file, line and column) of the bad value.</param>
    /// <param name="value">The value found (shortened if long), or null when there is no one value to quote.</param>
    /// <param name="expected">What was expected, in words a report writer understands.</param>
    /// <param name="error">What kind of bad input this is.</param>
    /// <param name="innerException">The exception that revealed it, if any.</param>
    /// <param name="reason">Why the value was refused (a <see cref="QuantityException"/>'s message, say); null reads as the constructor without it.</param>
    public InputException(string path, string? value, string expected, InputError error, Exception? innerException, string? reason)
        : base(Describe(path, value is null ? null : Excerpt.Of(value), expected, error, reason), innerException)
    {
        Path = path;
        Value = value is null ? null : Excerpt.Of(value);
        Expected = expected;
        Error = error;
        Reason = reason;
    }

    /// <summary>
    /// A value that is not a usable quantity: the quantity's own reason and expectation, or <paramref name="expected"/>
    /// when the field says more (the kind it takes).
    /// </summary>
    /// <param name="path">The JSON path of the bad value.</param>
    /// <param name="value">The value found, or null when there is no one value to quote.</param>
    /// <param name="quantity">The refusal.</param>
    /// <param name="expected">What the field expects, when it says more than the quantity's own expectation.</param>
    public InputException(string path, string? value, QuantityException quantity, string? expected = null)
        : this(path, value, expected ?? Required(quantity).Expected, InputError.Quantity, quantity, Required(quantity).Message)
    {
    }

    /// <summary>Bad input at the document's root, with no detail.</summary>
    public InputException()
        : this("$", null, "a valid request")
    {
    }

    /// <summary>Bad input at the document's root; <paramref name="message"/> says what was expected.</summary>
    /// <param name="message">What was expected.</param>
    public InputException(string message)
        : this("$", null, message)
    {
    }

    /// <summary>Bad input at the document's root, revealed by another exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that revealed it.</param>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "$";
        Expected = message;
    }

    /// <summary>The JSON path (or file, line and column) of the bad value; the same as <see cref="Field"/>.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public override string Field => Path;

    // A null value is "missing" only when absence is the problem; otherwise (arithmetic over several fields) there is no one value to quote.
    private static string Describe(string path, string? value, string expected, InputError error) => value is not null
        ? $"{path}: '{value}': expected {expected}"
        : error == InputError.Missing ? $"{path}: missing: expected {expected}" : $"{path}: expected {expected}";

    // With a reason: "path: 'value': reason; expected …", the reason first as a person reads it. A reason that already
    // opens with the value quoted (a quantity's "'5 parsecs': unknown unit …") is not given the value a second time.
    private static string Describe(string path, string? value, string expected, InputError error, string? reason) => reason is null
        ? Describe(path, value, expected, error)
        : value is not null && !reason.StartsWith($"'{value}'", StringComparison.Ordinal)
            ? $"{path}: '{value}': {reason}; expected {expected}"
            : $"{path}: {reason}; expected {expected}";

    private static QuantityException Required(QuantityException quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return quantity;
    }

    /// <inheritdoc/>
    public override string? Value { get; }

    /// <inheritdoc/>
    public override string Expected { get; }

    /// <summary>Why the value was refused, when that is more than "not what was expected"; null otherwise.</summary>
    public string? Reason { get; }

    /// <summary>What kind of bad input this is, so that a caller can classify it without reading the message.</summary>
    public InputError Error { get; }
}
