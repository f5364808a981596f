namespace Emissions.Inventory;

/// <summary>Bad input: names the JSON path, the value found and what was expected, and what kind of problem it is.</summary>
public sealed class InputException : Exception
{
    public InputException(string path, string? value, string expected, InputError error = InputError.InvalidValue, Exception? innerException = null)
        : base($"{path}: {(value is null ? "missing" : $"'{value}'")}: expected {expected}", innerException)
    {
        Path = path;
        Value = value;
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

    public string? Value { get; }

    public string Expected { get; }

    public InputError Error { get; }
}
