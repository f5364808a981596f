using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Emissions.Contract.Checks;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>Repeated vocabulary tokens read as the reader's own strings, the second time as the same instance.</summary>
public class Utf8VocabularyTests
{
    [Fact]
    public void Every_token_reads_as_the_readers_own_string_and_a_repeated_one_as_the_kept_instance()
    {
        // Units, metrics and periods repeated; escaped and long tokens; enough distinct ones that slots are shared and replaced.
        var tokens = new List<string> { "兆瓦時", "energy.total", "2020", "兆瓦時", "a\\u0041b", "a\\u0041b", new string('x', 60), "2020", "" };
        for (var i = 0; i < 600; i++)
        {
            tokens.Add($"metric.{i % 300}");
        }

        var json = Encoding.UTF8.GetBytes("[" + string.Join(",", tokens.Select(t => $"\"{t}\"")) + "]");
        var vocabulary = new Utf8Vocabulary();
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            var expected = reader.GetString()!;
            var text = vocabulary.GetString(ref reader)!;
            Assert.Equal(expected, text);
            if (seen.TryGetValue(text, out var before) && ReferenceEquals(before, text))
            {
                shared++;
            }

            seen[text] = text;
        }

        Assert.Equal("兆瓦時", seen["兆瓦時"]);
        Assert.Equal("aAb", seen["aAb"]);
        Assert.True(shared >= 2, $"{shared} repeated tokens shared their string");
    }

    [Fact]
    public void Two_hundred_distinct_tokens_read_again_are_all_given_the_strings_kept_the_first_time()
    {
        // wide-500 repeats 107 tokens (100 sites, 5 metrics, 2 units); one slot per hash made ~20 of 256 slots shared,
        // and a token that lost its slot was made again as a new string. A set of eight entries per hash keeps them all.
        var tokens = Enumerable.Range(0, 200).Select(i => $"site-{i}").ToList();
        var vocabulary = new Utf8Vocabulary();
        var first = ReadAll(vocabulary, tokens);

        var again = ReadAll(vocabulary, tokens);

        Assert.Equal(tokens, again);
        Assert.All(Enumerable.Range(0, tokens.Count), i => Assert.Same(first[i], again[i]));
    }

    [Fact]
    public void Tokens_more_than_a_set_holds_are_each_read_as_their_own_text()
    {
        // Twenty tokens whose hashes take the same set (of eight entries): each new one replaces another in turn, and
        // every token, read three times over, is still its own text, never a neighbour's.
        var set = XxHash3.HashToUInt64("unit-0"u8) >> 57;
        var tokens = Enumerable.Range(0, 100_000).Select(i => $"unit-{i}")
            .Where(t => XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(t)) >> 57 == set).Take(20).ToList();
        Assert.Equal(20, tokens.Count);
        var vocabulary = new Utf8Vocabulary();

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(tokens, ReadAll(vocabulary, tokens));
        }
    }

    private static List<string> ReadAll(Utf8Vocabulary vocabulary, List<string> tokens)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("[" + string.Join(",", tokens.Select(t => $"\"{t}\"")) + "]"));
        reader.Read();
        var texts = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            texts.Add(vocabulary.GetString(ref reader)!);
        }

        return texts;
    }
}
