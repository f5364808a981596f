namespace Emissions.Inventory.Streaming;

/// <summary>A request's bytes and where its streamed line lists are in them.</summary>
internal sealed record StreamedLines(ReadOnlyMemory<byte> Utf8, InventoryScan Scan)
{
    // (The null is cast: a bare null would convert to an empty ReadOnlyMemory through its conversion from an array.)
    public ReadOnlyMemory<byte>? List(string name) =>
        Scan.Ranges[Array.IndexOf(InventoryScan.Lists, name)] is { } range ? Utf8.Slice(range.Start, range.Length) : (ReadOnlyMemory<byte>?)null;

    /// <summary>The lines of list <paramref name="name"/> read in the scan (<see cref="InventoryScan.Read"/>), or null.</summary>
    public object? Read(string name) => Scan.Read[Array.IndexOf(InventoryScan.Lists, name)];
}
