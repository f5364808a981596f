using System.Globalization;
using System.Text;
using System.Text.Json;
using Emissions.Inventory;
using Emissions.Inventory.Streaming;

using static Emissions.Core.Tests.Inventory.BothReaders;

namespace Emissions.Core.Tests.Inventory;

/// <summary>
/// Lines of the common shape matched by hand on their bytes (<see cref="PlainLine"/>), every other line and every byte
/// between lines left to a <see cref="Utf8JsonReader"/> resumed there: the same lines, notes and errors as the element
/// reader over a parsed document, and for bytes that are not JSON the error of a document parse, at its line and byte.
/// </summary>
public class PlainLineReaderTests
{
    [Theory]
    // White space of every kind around every token, fields in any order.
    [InlineData("{\"electricity\":[ {\"amount\" : \"1.000 MWh\" ,\n\"region\":\"CN-North\"} ,\t{ \"region\":\"CN\",\"amount\":\"2 kWh\", \"site\" :\"A\"}\r\n ]}")]
    [InlineData("""{"electricity":[{"amount":"1 MWh","region":"CN","renewable":"0.5 MWh","site":"S 1"}],"fuels":[{"region":"CN-BJ","site":"P","amount":"3 t","fuel":"diesel"}],"heat":[{"site":"H","amount":"4 GJ"}]}""")]
    // Lines left to the reader among hand-matched ones: non-ASCII, an escape, null, an annotation, a field twice, an object amount.
    [InlineData("""{"electricity":[{"amount":"1 MWh","region":"CN"},{"amount":"2 MWh","region":"华北"},{"amount":"3 MWh","region":"CN-\u004Eorth"},{"amount":"4 MWh","region":"CN","site":null},{"amount":"5 MWh","region":"CN","note":{"a":[1]}},{"amount":"6 MWh","amount":"7 MWh","region":"CN"},{"amount":{"value":"8","unit":"MWh"},"region":"CN"},{"amount":"9 MWh","region":"CN"}]}""")]
    // Amounts the plain parse leaves to the general one, and units read by a default (noted in line order).
    [InlineData("""{"fuels":[{"fuel":"diesel","amount":"1,200.5 t"},{"fuel":"diesel","amount":"2 MT"},{"fuel":"diesel","amount":"1e3 kg"},{"fuel":"diesel","amount":"3 MT","site":"x"}]}""")]
    [InlineData("""{"heat":[{"amount":"12345678901234567890.5 GJ"},{"amount":"0.000 GJ"},{"amount":"007.50 GJ"}]}""")]
    // The same region bytes after another list's (the region last read is reused only for equal bytes).
    [InlineData("""{"fuels":[{"fuel":"diesel","amount":"1 t","region":"CN-BJ"}],"electricity":[{"amount":"1 MWh","region":"CN-BJ"},{"amount":"1 MWh","region":"CN-North"},{"amount":"1 MWh","region":"CN-BJ"}]}""")]
    [InlineData("""{"electricity":[]}""")]
    [InlineData("""{"electricity":[ ] , "heat":[{"amount":"1 GJ"}]  }""")]
    public void Hand_matched_lines_are_the_element_readers_lines(string json) => AssertSameLines(json);

    [Theory]
    [InlineData("""{"electricity":[{}]}""")]
    [InlineData("""{"electricity":[{"amount":"1 MWh","region":"CN"},{"amount":"","region":"CN"}]}""")]
    [InlineData("""{"electricity":[{"amount":"1 MWh","region":"CN"},{"amount":"1 MWh","region":"Atlantis"}]}""")]
    [InlineData("""{"electricity":[{"amount":"1 MWh","region":"CN"},{"amount":"1 MWhh","region":"CN"}]}""")]
    [InlineData("""{"electricity":[{"amount":"1 MWh","region":"CN"},{"amount":"1 MWh","region":"CN","colour":"red"}]}""")]
    [InlineData("""{"electricity":[{"amount":"1 MWh","region":"CN"},"1 MWh"]}""")]
    [InlineData("""{"fuels":[{"fuel":"coal?","amount":"1 t"}]}""")]
    [InlineData("""{"heat":[{"amount":"1 GJ"},{"amount":"-1 GJ"}]}""")]
    public void A_bad_hand_matched_line_is_refused_with_the_element_readers_error(string json) => AssertSameError(json);

    [Theory]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"},\n {\"amount\": \"5 MWh\" \"region\": \"CN\"}]}")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}\n {\"amount\": \"5 MWh\", \"region\": \"CN\"}]}")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"},\n ]}")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"},")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN")]
    [InlineData("{\"electricity\": [")]
    [InlineData("{\"electricity\": [,]}")]
    [InlineData("{\"electricity\": [{\"amount\": \"5\tMWh\", \"region\": \"CN\"}]}")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}],\n \"period\": \"2023\",\n \"region\": CN}")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}]\n \"period\": \"2023\"}")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}], \"heat\": [{\"amount\": \"1 GJ\"}}]}")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}]}\n\n  x")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}, {\"amount\": \"5 MWh\", \"region\": \"CN\"]}")]
    public void Text_that_is_not_json_around_hand_matched_lines_fails_where_a_document_parse_fails(string json)
    {
        var expected = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(json));

        var actual = Assert.ThrowsAny<JsonException>(() => Streamed(json));

        Assert.Equal((expected.Message, expected.LineNumber, expected.BytePositionInLine), (actual.Message, actual.LineNumber, actual.BytePositionInLine));
    }

    [Fact]
    public void Invalid_utf8_in_a_line_fails_or_reads_as_the_element_reader_over_the_same_bytes()
    {
        // "CN" followed by a lone continuation byte: not plain ASCII, so the line goes to the reader.
        var bytes = Encoding.UTF8.GetBytes("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN?\"}]}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0x80;

        var expected = Record.Exception(() =>
        {
            using var document = JsonDocument.Parse(bytes);
            return InventoryReader.Read(document.RootElement);
        });
        var actual = Record.Exception(() => InventoryReader.Read(bytes));

        Assert.NotNull(expected);
        Assert.Equal((expected.GetType(), expected.Message), (actual?.GetType(), actual?.Message));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(64)]
    public void A_depth_limit_applies_to_hand_matched_lines_as_to_a_document(int depth)
    {
        const string json = """{"electricity": [{"amount": "5 MWh", "region": "CN"}], "period": "2023"}""";
        var options = new JsonReaderOptions { MaxDepth = depth };

        var expected = Record.Exception(() => JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = depth }).Dispose());
        var actual = Record.Exception(() =>
        {
            using var request = InventoryRequest.Parse(Encoding.UTF8.GetBytes(json), options);
            return request.Read();
        });

        Assert.Equal((expected?.GetType(), expected?.Message), (actual?.GetType(), actual?.Message));
    }

    [Fact]
    public void Many_hand_matched_lines_after_a_short_first_line_fill_the_columns_in_order()
    {
        var lines = Enumerable.Range(0, 3000).Select(i => i == 0
            ? """{"amount":"1 MWh","region":"CN"}"""
            : $$"""{"amount": "{{i}}.{{i % 1000:D3}} MWh", "region": "CN-North", "site": "site {{i % 3}}"}""");
        var streamed = Streamed($$"""{"electricity": [{{string.Join(", ", lines)}}]}""");

        var columns = Assert.IsType<ElectricityColumns>(streamed.Electricity);
        Assert.True(columns.AllStreamed);
        Assert.Equal(3000, columns.Count);
        Assert.Equal(("$.electricity[2999].amount", "2999.999", "site 2"), (streamed.Electricity[2999].Amount.Path, columns.Values[2999].ToString(CultureInfo.InvariantCulture), streamed.Electricity[2999].Site));
        Assert.Equal("1", columns.Values[0].ToString(CultureInfo.InvariantCulture));
    }
}
