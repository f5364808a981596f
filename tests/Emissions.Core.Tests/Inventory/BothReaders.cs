using System.Text;
using System.Text.Json;
using Emissions.Inventory;

namespace Emissions.Core.Tests.Inventory;

/// <summary>
/// The two ways Core reads an inventory request, for tests that hold the streamed reader to the element reader's
/// lines, notes and errors: over a parsed document, and straight from the request's UTF-8 bytes.
/// </summary>
internal static class BothReaders
{
    public static Emissions.Inventory.Inventory ByElement(string json)
    {
        using var document = JsonDocument.Parse(json);
        return InventoryReader.Read(document.RootElement);
    }

    public static Emissions.Inventory.Inventory Streamed(string json) => InventoryReader.Read(Encoding.UTF8.GetBytes(json));
}
