using System.Text.Json;
using Emissions.Inventory.Streaming;

namespace Emissions.Api.Compute;

/// <summary>
/// A calculate request as the service received it: its UTF-8 bytes scanned once by Core's inventory reader, the one the
/// CLI uses. <see cref="Root"/> is what the service looks at before calculating (that it is an object, the factor set it
/// names); <see cref="Read"/> streams the lines from the bytes into the inventory, with no document of the whole body.
/// </summary>
public sealed class CalculationInput : IDisposable
{
    private readonly InventoryRequest _request;

    private CalculationInput(InventoryRequest request) => _request = request;

    /// <summary>The request with its line lists (fuels, electricity, heat) as <c>[]</c>; the whole request when it is not an object.</summary>
    public JsonElement Root => _request.Root;

    /// <summary>
    /// A request already checked by <see cref="Json.JsonScanner"/> (or taken from a parsed document), whose bytes outlive
    /// the input; <paramref name="maxDepth"/> is Limits:MaxDepth, as the scan applied it.
    /// </summary>
    public static CalculationInput Parse(ReadOnlyMemory<byte> utf8, int maxDepth) =>
        new(InventoryRequest.Parse(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1 }));

    /// <summary>The inventory; a bad field throws the <see cref="Inventory.InputException"/> naming its path.</summary>
    public Inventory.Inventory Read() => _request.Read();

    public void Dispose() => _request.Dispose();
}
