using Emissions.Cli;

namespace Emissions.Cli.Tests;

/// <summary>
/// A quantity the command line cannot read names what was expected and points where a CLI user can look (the
/// `emissions units` verb, --number-format, the input file's numberFormat), never at the service's HTTP resources.
/// </summary>
public sealed class QuantityHintTests
{
    // convert reads no factors, so not through CliHarness.Run (which adds --factors).
    private static (int Exit, string Output, string Error) Convert(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void An_unknown_unit_in_convert_points_at_the_units_verb_not_at_http()
    {
        var (exit, _, error) = Convert("convert", "5 zqxjv", "MWh");

        Assert.Equal(2, exit);
        Assert.Equal(
            "emissions convert: '5 zqxjv': unknown unit 'zqxjv'; no known unit is close; expected a known unit such as t, kg, MWh, GJ, m³ or tCO2e/MWh; `emissions units` lists every spelling" + Environment.NewLine,
            error);
    }

    [Fact]
    public void A_number_too_large_in_convert_expects_a_number_decimal_holds()
    {
        var (exit, _, error) = Convert("convert", "1e40 t", "kg");

        Assert.Equal(2, exit);
        Assert.Equal(
            "emissions convert: '1e40' in '1e40 t' is too large for decimal or has digits it cannot hold exactly; expected a number of at most 28 significant digits, at most 79,228,162,514,264,337,593,543,950,335 (about 7.9e28) in magnitude and down to 1e-28" + Environment.NewLine,
            error);
    }

    [Fact]
    public void An_unknown_unit_in_a_check_file_points_at_the_units_verb_not_at_http()
    {
        var file = CliHarness.TempJson("""{"figures":[{"id":"a","value":"5","unit":"zqxjv"}]}""");

        var (exit, _, error) = CliHarness.Run("check", file);

        Assert.Equal(2, exit);
        Assert.StartsWith("emissions check: $.figures[0].unit: 'zqxjv': '5 zqxjv': unknown unit 'zqxjv'; no known unit is close; expected a known unit", error, StringComparison.Ordinal);
        Assert.EndsWith("; `emissions units` lists every spelling" + Environment.NewLine, error, StringComparison.Ordinal);
        Assert.DoesNotContain("/v1/", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_comma_number_in_a_check_file_points_at_the_files_option()
    {
        var file = CliHarness.TempJson("""{"figures":[{"id":"a","value":"1.234,5 MWh"}]}""");

        var (exit, _, error) = CliHarness.Run("check", file);

        Assert.Equal(2, exit);
        Assert.EndsWith("; a table printed as 1.234,5 or 1 234,5 is read with \"options\": {\"numberFormat\": \"decimal-comma\"} in the request file" + Environment.NewLine, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_comma_number_in_convert_points_at_the_flag()
    {
        var (exit, _, error) = Convert("convert", "1.234,5 MWh", "GJ");

        Assert.Equal(2, exit);
        Assert.EndsWith("; a number printed as 1.234,5 or 1 234,5 is read with --number-format decimal-comma" + Environment.NewLine, error, StringComparison.Ordinal);
        Assert.DoesNotContain("numberFormat", error, StringComparison.Ordinal);
    }
}
