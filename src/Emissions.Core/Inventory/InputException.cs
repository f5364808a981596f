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

    /// <inheritdoc/>
    public override string? Value { get; }

    /// <inheritdoc/>
    public override string Expected { get; }

    /// <summary>What kind of bad input this is, so that a caller can classify it without reading the message.</summary>
    public InputError Error { get; }
}
