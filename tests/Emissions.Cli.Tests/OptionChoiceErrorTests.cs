using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

/// <summary>A value outside an option's choices is one line naming the option, the value given and the values expected.</summary>
public sealed class OptionChoiceErrorTests
{
    public static TheoryData<string[], string, string[]> Refused() => new()
    {
        { ["calculate", "in.json", "--trace", "brief"], "emissions calculate: --trace 'brief': expected one of ", ["none", "summary", "full"] },
        { ["calculate", "in.json", "--format", "xml"], "emissions calculate: --format 'xml': expected one of ", ["table", "json", "csv"] },
        { ["check", "report.json", "--format", "yaml"], "emissions check: --format 'yaml': expected one of ", ["table", "json", "csv"] },
        { ["attribute", "in.json", "--format", "csv"], "emissions attribute: --format 'csv': expected one of ", ["table", "json"] },
        { ["factors", "sets", "--format", "csv"], "emissions factors sets: --format 'csv': expected one of ", ["table", "json"] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_value_outside_the_choices_is_one_line_naming_option_value_and_choices_and_exits_2(string[] args, string start, string[] choices)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith(start, line, StringComparison.Ordinal);
        var expected = line[start.Length..].Split(", ");
        Assert.Equal(choices.Order(StringComparer.Ordinal), expected.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--indent", "maybe")]
    [InlineData("--indent=maybe", "maybe")]
    [InlineData("--indent:1", "1")]
    public void A_flag_given_neither_true_nor_false_is_one_line_naming_the_flag_and_the_value_and_exits_2(string option, string value)
    {
        string[] args = option.Contains('=', StringComparison.Ordinal) || option.Contains(':', StringComparison.Ordinal)
            ? ["calculate", "in.json", option]
            : ["calculate", "in.json", option, value];

        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"emissions calculate: --indent '{value}': expected true or false (--indent alone is true)", Assert.Single(error.TrimEnd('\n').Split('\n')));
    }
}
