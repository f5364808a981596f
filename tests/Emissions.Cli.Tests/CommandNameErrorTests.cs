using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

/// <summary>A verb mistyped or left out is one line naming it and the verbs there are, exit 2 (not "Required command was not provided.").</summary>
public sealed class CommandNameErrorTests
{
    private const string Verbs = "convert, factors, calculate, attribute, template, keys, check, units";

    [Fact]
    public void An_unknown_verb_is_named_with_the_verbs_there_are()
    {
        var (exit, output, error) = Run("calcualte", "inputs.json");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"emissions: 'calcualte' is not a command; expected one of {Verbs} (emissions --help)", Assert.Single(error.TrimEnd('\n').Split('\n')));
    }

    [Fact]
    public void No_verb_at_all_asks_for_one_of_the_verbs()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run([], output, error);

        Assert.Equal(2, exit);
        Assert.Equal("", output.ToString());
        Assert.Equal($"emissions: a command is needed, one of {Verbs} (emissions --help)", Assert.Single(error.ToString().TrimEnd('\n').Split('\n')));
    }

    [Theory]
    [InlineData("factors", "bogus", "emissions factors: 'bogus' is not a command; expected one of list, show, sets (emissions factors --help)")]
    [InlineData("keys", "bogus", "emissions keys: 'bogus' is not a command; expected one of create, list, revoke (emissions keys --help)")]
    public void An_unknown_subcommand_is_named_with_the_subcommands_of_its_verb(string verb, string word, string expected)
    {
        var (exit, output, error) = Run(verb, word);

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal(expected, Assert.Single(error.TrimEnd('\n').Split('\n')));
    }

    [Fact]
    public void An_extra_word_after_a_verb_is_still_named_by_the_verb()
    {
        var (exit, _, error) = Run("convert", "5 MWh", "GJ", "kWh");

        Assert.Equal(2, exit);
        Assert.Equal("emissions convert: 'kWh' is not an argument of convert; expected emissions convert <quantity> <unit> [--water] [--number-format]",
            Assert.Single(error.TrimEnd('\n').Split('\n')));
    }

    [Fact]
    public void An_unknown_option_is_named_with_the_options_of_its_verb()
    {
        var (exit, output, error) = Run("units", "--bogus");

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal("emissions units: '--bogus' is not an option of units; expected emissions units [--kind] [--format] [--indent]",
            Assert.Single(error.TrimEnd('\n').Split('\n')));
    }

    [Fact]
    public void A_required_option_left_out_is_named_with_its_value()
    {
        var (exit, output, error) = Run("keys", "list");

        Assert.Equal((2, ""), (exit, output));
        Assert.StartsWith("emissions keys list: --org is missing; expected emissions keys list --org <ORG>", Assert.Single(error.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_its_value_names_the_option_and_the_value_it_takes()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(["units", "--kind"], output, error);

        Assert.Equal((2, ""), (exit, output.ToString()));
        Assert.Equal("emissions units: --kind has no value; expected --kind <KIND>", Assert.Single(error.ToString().TrimEnd('\n').Split('\n')));
    }
}
