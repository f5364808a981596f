using System.Text.Json;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// The states a <see cref="Utf8JsonReader"/> resumes in inside a line list, so that the lines matched by hand
/// (<see cref="PlainLine"/>) need no reader and the others get one started right at them: just after the list's "[",
/// and just after one of its lines (where a "," or the "]" comes next), at the list's depth, with the request's options.
/// </summary>
internal readonly record struct ListStates(JsonReaderState InList, JsonReaderState AfterLine)
{
    /// <summary>A list that is a field of the request's top-level object, read with <paramref name="options"/> (a depth limit of at least 2).</summary>
    public static ListStates InObject(JsonReaderOptions options) => After("{\"l\":[\"\""u8, options);

    /// <summary>A list that is the whole of the bytes read.</summary>
    public static ListStates Alone() => After("[\"\""u8, default);

    /// <summary>The state just after the "]" of a list that is a field of the top-level object, read with <paramref name="options"/>.</summary>
    public static JsonReaderState AfterList(JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader("{\"l\":[]"u8, isFinalBlock: false, new JsonReaderState(options));
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
        }

        return reader.CurrentState;
    }

    // The states after the "[" of `prefix` and after the (empty string) value that follows it.
    private static ListStates After(ReadOnlySpan<byte> prefix, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(prefix, isFinalBlock: false, new JsonReaderState(options));
        while (reader.Read() && reader.TokenType != JsonTokenType.StartArray)
        {
        }

        var inList = reader.CurrentState;
        reader.Read();
        return new ListStates(inList, reader.CurrentState);
    }
}
