using System.Text;
using System.Text.Json;
using Emissions.Inventory;

using static Emissions.Core.Tests.Inventory.BothReaders;

namespace Emissions.Core.Tests.Inventory;

/// <summary>
/// The request read from its bytes (line lists streamed with Utf8JsonReader) against the element reader over the same
/// request: the same lines, notes and columns, and for every bad line the same error (path, value, expectation).
/// </summary>
public class StreamedInventoryReaderTests
{
    [Fact]
    public void A_streamed_request_reads_as_the_element_reader_reads_it()
    {
        const string json = """
            {"period": "2023", "region": "CN", "headcount": "1,200",
             "electricity": [
               {"amount": "1,000.5 MWh", "region": "CN-North", "renewable": "200 MWh", "site": "Beijing", "source": {"page": 3}},
               {"amount": "500 kWh", "region": "华北", "renewable": null},
               {"amount": {"value": "2", "unit": "MWh"}, "region": "CN"}],
             "fuels": [
               {"fuel": "天然气", "amount": "273,431.40 m³", "region": "CN-BJ"},
               {"fuel": "diesel", "amount": "12 MT", "site": "Plant 2"}],
             "heat": [{"amount": "20,256.68 GJ", "note": "district heat"}],
             "waste": [{"category": "hazardous", "amount": "1.07 t"}]}
            """;

        var streamed = Streamed(json);
        var element = ByElement(json);

        Assert.Equal(element.Electricity, streamed.Electricity);
        Assert.Equal(element.Fuels, streamed.Fuels);
        Assert.Equal(element.Heat, streamed.Heat);
        Assert.Equal(element.Waste, streamed.Waste);
        Assert.Equal(element.ReadingNotes, streamed.ReadingNotes);
        Assert.Equal(["$.fuels[1].amount: 'MT' read as metric tons (1 MT = 1 t = 1000 kg), as US reports print them; a megatonne is 'Mt'"], streamed.ReadingNotes);
        Assert.Equal(("CN-North", 1000.5m, "$.electricity[0].amount"), (streamed.Electricity[0].Region, streamed.Electricity[0].Amount.Measurement.Value, streamed.Electricity[0].Amount.Path));
        Assert.Equal(("natural-gas", "CN-BJ", "$.fuels[0]"), (streamed.Fuels[0].Fuel, streamed.Fuels[0].Region, streamed.Fuels[0].Path));
        Assert.Equal(InventoryColumns.Of(element).Electricity.SumByGroup(), InventoryColumns.Of(streamed).Electricity.SumByGroup());
    }

    [Fact]
    public void A_streamed_lines_path_is_its_list_and_index_and_equals_the_same_path_given_whole()
    {
        var json = "{\"electricity\": [" + string.Join(",", Enumerable.Range(0, 12).Select(i => $"{{\"amount\": \"{i + 1} MWh\", \"region\": \"CN\", \"renewable\": \"1 MWh\"}}")) + "],"
            + "\"fuels\": [{\"fuel\": \"diesel\", \"amount\": \"2 t\"}], \"heat\": [{\"amount\": \"3 GJ\"}, {\"amount\": \"4 GJ\"}]}";

        var streamed = Streamed(json);

        var line = streamed.Electricity[11];
        Assert.Equal(("$.electricity[11]", "$.electricity[11].amount", "$.electricity[11].renewable"), (line.Path, line.Amount.Path, line.Renewable!.Path));
        Assert.Equal(("$.fuels[0]", "$.fuels[0].amount"), (streamed.Fuels[0].Path, streamed.Fuels[0].Amount.Path));
        Assert.Equal(("$.heat[1]", "$.heat[1].amount"), (streamed.Heat[1].Path, streamed.Heat[1].Amount.Path));

        // Built in code with whole paths: equal, with equal hash codes, as a record of the same values always was.
        var whole = new ElectricityInput(
            new Amount(line.Amount.Measurement, "$.electricity[11].amount"), "CN", new Amount(line.Renewable.Measurement, "$.electricity[11].renewable"), null, "$.electricity[11]");
        Assert.Equal(whole, line);
        Assert.Equal(whole.GetHashCode(), line.GetHashCode());
        Assert.NotEqual(whole, streamed.Electricity[10]);
        Assert.Equal("$.moved", (line with { Path = "$.moved" }).Path);
        Assert.Equal("$.electricity[11]", line.Path);
    }

    [Theory]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": "CN", "amout": "1 MWh"}]}""")]
    [InlineData("""{"electricity": [{"amount": "5 t", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "-5 MWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": "CN", "renewable": "6 MWh"}]}""")]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": "CN-Nowhere"}]}""")]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": ""}]}""")]
    [InlineData("""{"electricity": [{"amount": "5 MWh"}]}""")]
    [InlineData("""{"electricity": [{"amount": null, "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": 5, "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": "CN", "site": 7}]}""")]
    [InlineData("""{"electricity": [{"amount": "five MWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": "CN"}, 42]}""")]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": "CN"}, [1, 2]]}""")]
    [InlineData("""{"electricity": 5}""")]
    [InlineData("""{"electricity": [], "electricity": [{"amount": "5 t", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1.000,5 MWh", "region": "CN"}], "numberFormat": "decimal-commas"}""")]
    [InlineData("""{"fuels": [{"fuel": "petrol?", "amount": "5 t"}]}""")]
    [InlineData("""{"fuels": [{"fuel": "natural-gas", "amount": "5 kWh (Gross CV)"}]}""")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "5 m²"}]}""")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "5 t", "region": "Atlantis"}]}""")]
    [InlineData("""{"fuels": [{"amount": "5 t"}]}""")]
    [InlineData("""{"heat": [{"amount": "5 MWh", "site": "A", "temperature": "90 °C"}]}""")]
    [InlineData("""{"heat": [{"amount": "5 kg"}]}""")]
    [InlineData("""{"heat": [{"amount": "5 GJ"}], "period": 2023}""")]
    [InlineData("""[{"electricity": []}]""")]
    public void A_bad_request_is_refused_with_the_element_readers_error(string json) => AssertSameError(json);

    [Theory]
    [InlineData("1.000 MWh")]
    [InlineData("892 t")]
    [InlineData("0.5   kWh")]
    [InlineData("12 MT")]
    [InlineData("100.990 GJ")]
    [InlineData("1234567890123456789012345678 kWh")]
    public void A_plain_amount_read_from_its_bytes_is_the_measurement_the_text_parse_gives(string text)
    {
        Assert.True(Emissions.Inventory.Streaming.PlainAmount.TryRead(Encoding.UTF8.GetBytes(text), out var plain));

        var parsed = Emissions.Quantities.Measurement.Parse(text);
        // The printed scale too ("1.000" stays 1.000, not 1): traces repeat the amount as written.
        Assert.Equal((parsed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), parsed.Unit), (plain.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), plain.Unit));
        Assert.Same(parsed.Unit, plain.Unit);
    }

    [Theory]
    [InlineData("1,000.5 MWh")]
    [InlineData("-5 MWh")]
    [InlineData("+5 MWh")]
    [InlineData("5 m³")]
    [InlineData("5 m2")]
    [InlineData("1e3 MWh")]
    [InlineData(" 5 MWh")]
    [InlineData("5 MWh ")]
    [InlineData("5MWh")]
    [InlineData("5. MWh")]
    [InlineData(".5 MWh")]
    [InlineData("5 kWh (Net CV)")]
    [InlineData("５ MWh")]
    [InlineData("123456789012345678901234567890 kWh")]
    public void An_amount_that_is_not_plain_is_left_to_the_text_parse(string text) =>
        Assert.False(Emissions.Inventory.Streaming.PlainAmount.TryRead(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void A_plain_amount_with_an_unknown_unit_is_refused_with_the_element_readers_error()
    {
        const string json = """{"electricity": [{"amount": "5 MWhh", "region": "CN"}]}""";
        var expected = Assert.ThrowsAny<InvalidInputException>(() => ByElement(json));

        var actual = Assert.ThrowsAny<InvalidInputException>(() => Streamed(json));

        Assert.Equal((expected.Message, expected.Field, expected.Value), (actual.Message, actual.Field, actual.Value));
        Assert.Equal("$.electricity[0].amount", actual.Field);
    }

    [Fact]
    public void A_number_format_written_after_the_lines_applies_to_them()
    {
        var inventory = Streamed("""{"electricity": [{"amount": "1.000,5 MWh", "region": "CN"}], "numberFormat": "decimal-comma"}""");

        Assert.Equal(1000.5m, inventory.Electricity[0].Amount.Measurement.Value);
    }

    [Theory]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": "CN"}, {"amount": "5 MWh" "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": "CN"}]} x""")]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": "CN"},]}""")]
    [InlineData("")]
    public void Text_that_is_not_json_fails_where_a_document_parse_fails(string json)
    {
        var expected = Assert.ThrowsAny<JsonException>(() => ByElement(json));

        var actual = Assert.ThrowsAny<JsonException>(() => Streamed(json));

        Assert.Equal((expected.LineNumber, expected.BytePositionInLine), (actual.LineNumber, actual.BytePositionInLine));
    }
}
