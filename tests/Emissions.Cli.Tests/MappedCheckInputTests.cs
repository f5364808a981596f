using System.Text;
using Emissions.Contract.Checks;
using Emissions.Inventory;

using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

/// <summary>
/// A large check request read from its mapped pages (<see cref="MappedFile"/>), as `calculate` reads an inventory: the same
/// answer as the request's text gives, the same byte order mark handling, the same one-line errors.
/// </summary>
public class MappedCheckInputTests
{
    // Energy of 106 MWh printed against 41 + 59 = 100 MWh: one material discrepancy (+6 %), exit 1.
    private const string Request = """
        {"period": "2020", "figures": [
          {"metric": "energy.total", "value": "106", "unit": "MWh"},
          {"metric": "energy.direct", "value": "41", "unit": "MWh"},
          {"metric": "energy.indirect", "value": "59", "unit": "MWh"}
        ]}
        """;

    // The same request made larger than the size mapped by 80,000 spaces between its fields (JSON whitespace).
    private static string Large(string request) => request.Replace("\"figures\":", "\"figures\":" + new string(' ', 80_000), StringComparison.Ordinal);

    private static string Write(string text, Encoding encoding)
    {
        var path = Path.Combine(Path.GetTempPath(), $"emissions-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text, encoding);
        return path;
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8 with a byte order mark")]
    [InlineData("utf-16")]
    public void A_large_request_file_is_mapped_and_answers_as_the_small_one(string encoding)
    {
        var large = Write(Large(Request), encoding switch
        {
            "utf-16" => Encoding.Unicode,
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        });
        Assert.True(new FileInfo(large).Length >= MappedFile.MinLength);

        var small = Run("check", TempJson(Request), "--format", "json");
        var mapped = Run("check", large, "--format", "json");

        Assert.Equal((1, ""), (small.Exit, small.Error));
        Assert.Contains("\"discrepant\"", small.Output, StringComparison.Ordinal);
        Assert.Equal(small, mapped);
    }

    [Fact]
    public void A_large_file_that_is_not_json_fails_as_its_text_does()
    {
        var text = Large(Request).Replace("\"106\"", "106x", StringComparison.Ordinal);
        var expected = Assert.Throws<InputException>(() => CheckRequestReader.Parse(text));

        var (exit, output, error) = Run("check", TempJson(text));

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"emissions check: {expected.OneLineMessage}\n", error.ReplaceLineEndings("\n"));
        Assert.Contains("(line 2:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_request_file_is_named_as_unreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), $"emissions-{Guid.NewGuid():N}.json");

        var (exit, _, error) = Run("check", path);

        Assert.Equal(2, exit);
        Assert.StartsWith($"emissions check: '{path}': expected a readable file (Could not find file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_request_with_a_relations_file_is_refused_after_it_is_read()
    {
        var (exit, _, error) = Run("check", TempJson(Large(Request)), "--relations", "relations.csv");

        Assert.Equal(2, exit);
        Assert.Equal("emissions check: --relations: 'relations.csv': expected only with a CSV FILE (a JSON request carries its own \"relations\")\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_large_request_written_into_a_named_pipe_is_read_whole_not_mapped()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no mkfifo; a Windows pipe has no path a user would hand the CLI
        }

        var piped = await NamedPipe.ReadWhileWritten(Large(Request), pipe => Run("check", pipe, "--format", "json"));

        Assert.Equal(Run("check", TempJson(Request), "--format", "json"), piped);
    }
}
