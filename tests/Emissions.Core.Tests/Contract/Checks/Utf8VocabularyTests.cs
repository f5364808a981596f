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
}
