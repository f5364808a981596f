namespace Emissions;

/// <summary>
/// The root of every error caused by bad input rather than by a bug: a request, inventory, printed figure, unit,
/// formula, factor reference or factor file that cannot be used as given. Catch this one type to tell "fix the input"
/// apart from a failure of the program; the message names the field, the value found and what was expected, and never
/// a .NET type name. The service answers every one with an RFC 9457 problem (4xx), the command line with exit code 2 and
/// <see cref="OneLineMessage"/>.
/// </summary>
public abstract class InvalidInputException : Exception
{
    /// <summary>Creates the error with a generic message; derived types supply a specific one.</summary>
    protected InvalidInputException()
    {
    }

    /// <summary>Creates the error with a message for the person who supplied the input.</summary>
    /// <param name="message">What is wrong, naming the field and value where there is one.</param>
    protected InvalidInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and the lower-level error that revealed it.</summary>
    /// <param name="message">What is wrong, naming the field and value where there is one.</param>
    /// <param name="innerException">The error that revealed the problem (for example a <see cref="Quantities.QuantityException"/> inside a request field).</param>
    protected InvalidInputException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Where the bad value is: a JSON path (<c>$.fuels[2].amount</c>), a spreadsheet cell, a file and column, or a
    /// parameter name; <see langword="null"/> when the problem is not in one field (an unknown unit inside a text, say).
    /// </summary>
    public virtual string? Field => null;

    /// <summary>The offending value as found (shortened when long); <see langword="null"/> when there is no single value to quote.</summary>
    public virtual string? Value => null;

    /// <summary>What would have been accepted, in words (for example <c>an energy, e.g. "12 MWh"</c>); <see langword="null"/> when the message says it.</summary>
    public virtual string? Expected => null;

    /// <summary>The message on one line (line breaks become spaces), for a command line or a log record.</summary>
    public virtual string OneLineMessage => Message.ReplaceLineEndings(" ");
}
