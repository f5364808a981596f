using System.Text;
using System.Text.Json;
using Emissions.Api.Json;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// The document path's one parse refuses exactly what the scanner refuses, with the scanner's error: limits of 3 levels
/// and 4 entries keep the bodies at the edges small.
/// </summary>
public sealed class JsonBodyParserTests
{
    private const int MaxDepth = 3;
    private const int MaxEntries = 4;

    public static TheoryData<string> RefusedBodies => new()
    {
        """{"a":1,"a":2}""",
        """{"x":{"b":1,"c":2,"b":3}}""",
        """{"a\/b":1,"a/b":2}""",
        """{"a":1,"\u0061":2}""",
        """{"a":"\ud800"}""",
        """{"x":[[[1]]]}""",
        """{"x":{"y":{"z":{}}}}""",
        """{"x":[1,2,3,4,5]}""",
        """{"x":[1,2],"y":[[3],4]}""",
        """{"a":1,}""",
        """{"a":1} {"b":2}""",
        """/* note */ {"a":1}""",
        """{"a":tru}""",
        """{"a":""",
    };

    public static TheoryData<string> AcceptedBodies => new()
    {
        """{"a":1,"b":{"a":2}}""",
        """{"x":[[1]],"y":{"z":2}}""",
        """{"x":[1,2,3,4]}""",
        """{"x":[1,2],"y":[[3]]}""",
        """{"a\"b":1,"a\\b":2,"label":"溫室氣體"}""",
        """  {"x":[ 1 , 2 ] , "y" : "z" }  """,
    };

    [Theory]
    [MemberData(nameof(RefusedBodies))]
    public void A_body_the_scanner_refuses_is_refused_with_the_scanners_field_and_message(string body)
    {
        var utf8 = Encoding.UTF8.GetBytes(body);
        var scanned = Assert.Throws<JsonBodyException>(() => JsonScanner.Scan(utf8, MaxDepth, MaxEntries));
        var parsed = Assert.Throws<JsonBodyException>(() => JsonBodyParser.Parse(utf8, MaxDepth, MaxEntries));
        Assert.Equal((scanned.Error, scanned.Path, scanned.Message, scanned.Expected), (parsed.Error, parsed.Path, parsed.Message, parsed.Expected));
    }

    [Theory]
    [MemberData(nameof(AcceptedBodies))]
    public void A_body_the_scanner_passes_parses_to_its_document(string body)
    {
        var utf8 = Encoding.UTF8.GetBytes(body);
        JsonScanner.Scan(utf8, MaxDepth, MaxEntries);
        using var document = JsonBodyParser.Parse(utf8, MaxDepth, MaxEntries);
        Assert.Equal(body.Trim(), document.RootElement.GetRawText());
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_refused_at_its_field()
    {
        byte[] utf8 = [.. """{"a":"x"""u8, 0xFF, .. "\"}"u8];
        var parsed = Assert.Throws<JsonBodyException>(() => JsonBodyParser.Parse(utf8, MaxDepth, MaxEntries));
        Assert.Equal((JsonBodyError.Malformed, "$.a"), (parsed.Error, parsed.Path));
    }

    [Fact]
    public void Entries_past_the_limit_in_a_long_body_are_counted_at_the_first_one_too_many()
    {
        // Longer than twice the entry limit in bytes, so the parse's document is counted rather than trusted.
        var padding = new string('p', 40);
        var accepted = Encoding.UTF8.GetBytes($$"""{"note":"{{padding}}","x":[1,[2,3]]}""");
        using (JsonBodyParser.Parse(accepted, MaxDepth, MaxEntries))
        {
        }

        var refused = Encoding.UTF8.GetBytes($$"""{"note":"{{padding}}","x":[1,[2,3],4]}""");
        var parsed = Assert.Throws<JsonBodyException>(() => JsonBodyParser.Parse(refused, MaxDepth, MaxEntries));
        Assert.Equal((JsonBodyError.TooManyEntries, "$.x[2]"), (parsed.Error, parsed.Path));
    }

    [Fact]
    public void A_container_at_the_depth_limit_is_refused_as_too_deep_and_one_above_it_is_read()
    {
        using (var document = JsonBodyParser.Parse("""{"x":{"y":[]}}"""u8.ToArray(), MaxDepth, MaxEntries))
        {
            Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("x").GetProperty("y").ValueKind);
        }

        var parsed = Assert.Throws<JsonBodyException>(() => JsonBodyParser.Parse("""{"x":{"y":[[]]}}"""u8.ToArray(), MaxDepth, MaxEntries));
        Assert.Equal((JsonBodyError.TooDeep, "$.x.y[0]"), (parsed.Error, parsed.Path));
    }
}
