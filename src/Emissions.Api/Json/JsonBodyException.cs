namespace Emissions.Api.Json;

/// <summary>A body that cannot be read as one JSON document within the limits, with the path where reading stopped.</summary>
public sealed class JsonBodyException : InvalidInputException
{
    public JsonBodyException()
    {
        Path = JsonPath.Root;
        Expected = "";
    }

    public JsonBodyException(string message)
        : base(message)
    {
        Path = JsonPath.Root;
        Expected = "";
    }

    public JsonBodyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = JsonPath.Root;
        Expected = "";
    }

    public JsonBodyException(JsonBodyError error, string path, string message, string expected, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
        Path = path;
        Expected = expected;
    }

    public JsonBodyError Error { get; }

    public string Path { get; }

    public override string Field => Path;

    public override string Expected { get; }
}
