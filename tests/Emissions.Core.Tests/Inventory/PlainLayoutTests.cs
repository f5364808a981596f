using System.Text;
using System.Text.Json;
using Emissions.Inventory.Streaming;

using static Emissions.Core.Tests.Inventory.BothReaders;

namespace Emissions.Core.Tests.Inventory;

/// <summary>
/// Lines matched against the layout of the line before (<see cref="PlainLayout"/>): the values <see cref="PlainLine"/>
/// finds in the same bytes, or no match, and through the whole reader the element reader's lines, notes and errors.
/// </summary>
public class PlainLayoutTests
{
    private static readonly byte[][] ElectricityFields = ["amount"u8.ToArray(), "region"u8.ToArray(), "renewable"u8.ToArray(), "site"u8.ToArray()];

    [Theory]
    [InlineData("""{"amount": "1.000 MWh", "region": "CN-North"}""", """{"amount": "22.5 MWh", "region": "CN-East"}""")]
    [InlineData("""{"amount":"1 MWh","region":"CN","site":"A"}""", """{"amount":"","region":"CN-North","site":"Site 12 (Hall B)"}""")]
    [InlineData("""{ "region" :"CN", "amount": "1 MWh" }""", """{ "region" :"CN-North-East", "amount": "100.999 MWh" }""")]
    [InlineData("{}", "{}")]
    public void A_line_laid_out_as_the_last_has_the_values_the_field_matcher_finds(string model, string line)
    {
        var (found, values, end) = ByLayout(model, line);

        Span<Range> expected = stackalloc Range[PlainLine.MaxFields];
        var bytes = Encoding.ASCII.GetBytes(model + ", " + line);
        var at = model.Length + 2;
        Assert.True(PlainLine.TryRead(bytes, ref at, ElectricityFields, expected));
        Assert.True(found);
        Assert.Equal(expected.ToArray(), values);
        Assert.Equal(at, end);
    }

    [Theory]
    // Another order, other spacing, a field more or less, another field's name.
    [InlineData("""{"amount":"1 MWh","region":"CN"}""", """{"region":"CN","amount":"1 MWh"}""")]
    [InlineData("""{"amount":"1 MWh","region":"CN"}""", """{"amount": "1 MWh","region":"CN"}""")]
    [InlineData("""{"amount":"1 MWh","region":"CN"}""", """{"amount":"1 MWh","region":"CN","site":"A"}""")]
    [InlineData("""{"amount":"1 MWh","region":"CN","site":"A"}""", """{"amount":"1 MWh","region":"CN"}""")]
    [InlineData("""{"amount":"1 MWh","site":"CN"}""", """{"amount":"1 MWh","sitf":"CN"}""")]
    // Values that are not plain strings: an escape, a non-ASCII letter, a tab, null, a number; cut short.
    [InlineData("""{"amount":"1 MWh","region":"CN"}""", """{"amount":"1 MWh","region":"CN-\u004Eorth"}""")]
    [InlineData("""{"amount":"1 MWh","region":"CN"}""", """{"amount":"1 MWh","region":"华北"}""")]
    [InlineData("""{"amount":"1 MWh","region":"CN"}""", "{\"amount\":\"1\tMWh\",\"region\":\"CN\"}")]
    [InlineData("""{"amount":"1 MWh","region":"CN"}""", """{"amount":"1 MWh","region":null}""")]
    [InlineData("""{"amount":"1 MWh","region":"CN"}""", """{"amount":1,"region":"CN"}""")]
    [InlineData("""{"amount":"1 MWh","region":"CN"}""", """{"amount":"1 MWh","region":"CN""")]
    [InlineData("""{"amount":"1 MWh","region":"CN"}""", """{"amount":"1 MWh","region":"CN" }""")]
    public void A_line_laid_out_otherwise_is_left_to_the_field_matcher(string model, string line)
    {
        var (found, _, _) = ByLayout(model, line);

        Assert.False(found);
    }

    [Theory]
    // Runs of one layout broken by lines of another, by lines the reader reads, and taken up again.
    [InlineData("""{"electricity": [{"amount": "1.000 MWh", "region": "CN-North"}, {"amount": "2.500 MWh", "region": "CN-North"}, {"region": "CN-East", "amount": "3 MWh"}, {"region": "CN", "amount": "4 MWh"}, {"amount": "5 MWh", "region": "华北"}, {"amount": "6 MWh", "region": "CN-North", "site": "A"}, {"amount": "7 MWh", "region": "CN-North", "site": "B"}, {"amount": "8 MWh", "region": "CN-North"}]}""")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "1 t"}, {"fuel": "gasoline", "amount": "2 MT"}, {"fuel": "diesel", "amount": "3.25 t"}], "heat": [{"amount": "1 GJ", "site": "H"}, {"amount": "2 GJ", "site": ""}]}""")]
    public void Lines_laid_out_as_the_line_before_are_the_element_readers_lines(string json) => AssertSameLines(json);

    [Theory]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "CN"}, {"amount": "2 MWh", "region": "Atlantis"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "CN"}, {"amount": "-2 MWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "CN"}, {"amount": "2 kg", "region": "CN"}]}""")]
    public void A_bad_value_in_a_line_laid_out_as_the_last_is_refused_with_the_element_readers_error(string json) => AssertSameError(json);

    [Theory]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}, {\"amount\": \"6 MWh\", \"region\": \"CN")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}, {\"amount\": \"6 MWh\", \"region\": \"CN\"")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}, {\"amount\": \"6 MWh\", \"region\": \"CN\"}")]
    [InlineData("{\"electricity\": [{\"amount\": \"5 MWh\", \"region\": \"CN\"}, {\"amount\": \"6 MWh\", \"region\": \"CN\"}}")]
    public void Text_cut_short_in_a_line_laid_out_as_the_last_fails_where_a_document_parse_fails(string json)
    {
        var expected = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(json));

        var actual = Assert.ThrowsAny<JsonException>(() => Streamed(json));

        Assert.Equal((expected.Message, expected.LineNumber, expected.BytePositionInLine), (actual.Message, actual.LineNumber, actual.BytePositionInLine));
    }

    // The model read by the field matcher and learnt, then the line after it (", " between) matched by the layout.
    private static (bool Found, Range[] Values, int End) ByLayout(string model, string line)
    {
        var bytes = Encoding.UTF8.GetBytes(model + ", " + line);
        Span<Range> values = stackalloc Range[PlainLine.MaxFields];
        var layout = new PlainLayout(stackalloc int[PlainLayout.Room]);
        var at = 0;
        Assert.True(PlainLine.TryRead(bytes, ref at, ElectricityFields, values));
        layout.Learn(0, at, values);

        at = Encoding.UTF8.GetByteCount(model) + 2;
        var start = at;
        var found = layout.TryRead(bytes, ref at, values);
        Assert.True(found || at == start);
        return (found, values.ToArray(), at);
    }
}
