using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>Bad input: names the JSON path, the value found and what was expected, and what kind of problem it is.</summary>
public sealed class InputException : Exception
{
    public InputException(string path, string? value, string expected, InputError error = InputError.InvalidValue, Exception? innerException = null)
        : base(Describe(path, value is null ? null : Excerpt.Of(value), expected, error), innerException)
    {
        Path = path;
        Value = value is null ? null : Excerpt.Of(value);
        Expected = expected;
        Error = error;
    }

    public InputException()
        : this("$", null, "a valid request")
    {
    }

    public InputException(string message)
        : this("$", null, message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "$";
        Expected = message;
    }

    public string Path { get; }

    // A null value is "missing" only when absence is the problem; otherwise (arithmetic over several fields) there is no one value to quote.
    private static string Describe(string path, string? value, string expected, InputError error) => value is not null
        ? $"{path}: '{value}': expected {expected}"
        : error == InputError.Missing ? $"{path}: missing: expected {expected}" : $"{path}: expected {expected}";

    public string? Value { get; }

    public string Expected { get; }

    public InputError Error { get; }
}
