using System.Globalization;
using System.Text;
using System.Text.Json;
using Emissions.Inventory;
using Emissions.Inventory.Streaming;

namespace Emissions.Core.Tests.Inventory;

/// <summary>
/// The two ways Core reads an inventory request, for tests that hold the streamed reader to the element reader's
/// lines, notes and errors: over a parsed document, and straight from the request's UTF-8 bytes; and the comparison
/// of the lines, notes and group sums the two read.
/// </summary>
internal static class BothReaders
{
    public static Emissions.Inventory.Inventory ByElement(string json)
    {
        using var document = JsonDocument.Parse(json);
        return InventoryReader.Read(document.RootElement);
    }

    public static Emissions.Inventory.Inventory Streamed(string json) => InventoryReader.Read(Encoding.UTF8.GetBytes(json));

    // A line as text: every value with its written scale (1.000 ≠ 1 here, though equal as decimals) and every path.
    public static string Text(ElectricityInput e) =>
        $"{e.Path} {Text(e.Amount)} {e.Region} {(e.Renewable is null ? "-" : Text(e.Renewable))} {e.Site ?? "-"}";

    public static string Text(FuelInput f) => $"{f.Path} {f.Fuel} {Text(f.Amount)} {f.Region ?? "-"} {f.Site ?? "-"}";

    public static string Text(HeatInput h) => $"{h.Path} {Text(h.Amount)} {h.Site ?? "-"}";

    public static string Text(Amount a) => $"{a.Path}={a.Measurement.Value.ToString(CultureInfo.InvariantCulture)} {a.Measurement.Unit.Symbol}";

    /// <summary>The streamed reader refuses <paramref name="json"/> with the element reader's error: type, message, field, value, expected.</summary>
    public static void AssertSameError(string json)
    {
        var expected = Assert.ThrowsAny<InvalidInputException>(() => ByElement(json));

        var actual = Assert.ThrowsAny<InvalidInputException>(() => Streamed(json));

        Assert.Equal((expected.GetType(), expected.Message, expected.Field, expected.Value, expected.Expected), (actual.GetType(), actual.Message, actual.Field, actual.Value, actual.Expected));
    }

    public static void AssertSameLines(string json)
    {
        var element = ByElement(json);
        var streamed = Streamed(json);

        Assert.Equal(element.Electricity, streamed.Electricity);
        Assert.Equal(element.Fuels, streamed.Fuels);
        Assert.Equal(element.Heat, streamed.Heat);
        Assert.Equal(element.Electricity.Select(Text), streamed.Electricity.Select(Text));
        Assert.Equal(element.Fuels.Select(Text), streamed.Fuels.Select(Text));
        Assert.Equal(element.Heat.Select(Text), streamed.Heat.Select(Text));
        Assert.Equal(element.ReadingNotes, streamed.ReadingNotes);
        var (e, s) = (InventoryColumns.Of(element), InventoryColumns.Of(streamed));
        Assert.Equal(e.Electricity.SumByGroup(), s.Electricity.SumByGroup());
        Assert.Equal(e.Renewable.SumByGroup(), s.Renewable.SumByGroup());
        Assert.Equal(e.Fuels.SumByGroup(), s.Fuels.SumByGroup());
        Assert.Equal(e.Heat.SumByGroup(), s.Heat.SumByGroup());
        Assert.Equal(e.Electricity.Groups, s.Electricity.Groups);
        Assert.Equal(e.Fuels.Groups, s.Fuels.Groups);
    }
}
