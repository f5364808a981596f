namespace Emissions.Inventory;

/// <summary>Bad input: names the JSON path, the value found and what was expected.</summary>
public sealed class InputException : Exception
{
    public InputException(string path, string? value, string expected)
        : base($"{path}: {(value is null ? "missing" : $"'{value}'")}: expected {expected}")
    {
        Path = path;
        Value = value;
        Expected = expected;
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
}
