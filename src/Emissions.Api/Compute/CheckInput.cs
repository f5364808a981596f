using System.Text.Json;
using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Api.Compute;

/// <summary>
/// A check request as the service received it: its UTF-8 bytes scanned once by Core's check request reader, the one the
/// CLI uses. <see cref="Root"/> is what the service looks at before checking (that it is an object, the factor set it
/// names); <see cref="Read"/> reads the figures and relations straight from the bytes, with no document of the whole body.
/// </summary>
public sealed class CheckInput : IDisposable
{
    private readonly CheckRequestScan _scan;

    private CheckInput(CheckRequestScan scan) => _scan = scan;

    /// <summary>The request with its figures and relations as <c>[]</c>; the whole request when it is not an object.</summary>
    public JsonElement Root => _scan.Root;

    /// <summary>
    /// A request already checked by <see cref="Json.JsonScanner"/> (or taken from a parsed document), whose bytes outlive
    /// the input; <paramref name="maxDepth"/> is Limits:MaxDepth, as the scan applied it.
    /// </summary>
    public static CheckInput Parse(ReadOnlyMemory<byte> utf8, int maxDepth) =>
        new(CheckRequestScan.Of(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1 }));

    /// <summary>The request, at most <paramref name="maxFigures"/> figures; a bad field throws the <see cref="Inventory.InputException"/> naming its path.</summary>
    public CheckRequest Read(int maxFigures) => CheckRequestReader.Read(_scan, maxFigures);

    public void Dispose() => _scan.Dispose();
}
