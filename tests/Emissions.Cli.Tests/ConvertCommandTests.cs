using Emissions.Cli;

namespace Emissions.Cli.Tests;

/// <summary>`emissions convert` through <see cref="CliApp.Run"/>: exact output on stdout, or exit 2 and one line on stderr.</summary>
public class ConvertCommandTests
{
    [Theory]
    [InlineData("721,117.23 兆瓦時", "GJ", "2596022.028 GJ")]
    [InlineData("20,256.68 吉焦", "MWh", "5626.855555555555555555555556 MWh")]
    [InlineData("5 億度", "kWh", "500000000 kWh")]
    [InlineData("36,861 平方米", "亩", "55.2915 亩")]
    [InlineData("1 噸標準煤", "GJ", "29.3076 GJ")]
    [InlineData("69.44 萬噸", "t", "694400 t")]
    [InlineData("1 千個千瓦時", "MWh", "1 MWh")]
    [InlineData("3 万千瓦时", "MWh", "30 MWh")]
    [InlineData("1.2 亿千瓦时", "GWh", "120 GWh")]
    [InlineData("587.76 億元", "万元", "5877600 万元")]
    [InlineData("0.5366 tCO2/MWh", "kgCO2/kWh", "0.5366 kgCO2/kWh")]
    [InlineData("389.31 GJ/10⁴Nm³", "kJ/m³", "38931 kJ/m³")]
    [InlineData("32.30 噸 / 人", "千克 / 人", "32300 千克/人")]
    [InlineData("0.05 t/万元", "kg/元", "0.005 kg/元")]
    [InlineData("0.5 L/kWh", "m³/MWh", "0.5 m³/MWh")]
    [InlineData("15.3 tC/TJ", "kgC/GJ", "15.3 kgC/GJ")]
    [InlineData("0.1229 kgce/kWh", "GJ/MWh", "3.60190404 GJ/MWh")]
    [InlineData("43,330 kJ/kg", "GJ/t", "43.33 GJ/t")]
    [InlineData("67 kgCO2/(mu·day)", "tCO2/(亩·天)", "0.067 tCO2/(亩·天)")]
    [InlineData("8 %", "‰", "80 ‰")]
    [InlineData("94.8 %", "1", "0.948")]
    [InlineData("0.948", "%", "94.8 %")]
    [InlineData("94.8 per cent", "pct", "94.8 pct")]
    [InlineData("6倍", "1", "6")]
    [InlineData("6 times", "%", "600 %")]
    [InlineData("5 百分点", "pp", "5 pp")]
    public void Converts_report_strings_exactly(string quantity, string unit, string expected)
    {
        var (exit, output, error) = Run("convert", quantity, unit);

        Assert.Equal(0, exit);
        Assert.Equal(expected + Environment.NewLine, output);

        // 20,256.68 GJ is 5626.8555… MWh, a repeating fraction: the only one here decimal rounds, and it says so.
        Assert.Equal(
            quantity.EndsWith("吉焦", StringComparison.Ordinal)
                ? "emissions convert: note: the exact result has more digits than decimal holds (28 significant digits, at most 28 decimal places); rounded half to even" + Environment.NewLine
                : "",
            error);
    }

    [Theory]
    [InlineData("205.27 萬噸", "m³", "2052700 m³")]
    [InlineData("56.22 万吨", "万立方米", "56.22 万立方米")]
    [InlineData("40,000 m³", "t", "40000 t")]
    [InlineData("1.33 萬噸", "L", "13300000 L")]
    public void Water_converts_between_mass_and_volume_with_the_water_flag(string quantity, string unit, string expected)
    {
        var (exit, output, error) = Run("convert", quantity, unit, "--water");

        Assert.Equal(0, exit);
        Assert.Equal(expected + Environment.NewLine, output);
        Assert.Equal("", error);
    }

    [Fact]
    public void The_water_flag_changes_nothing_within_one_kind()
    {
        var (exit, output, _) = Run("convert", "69.44 萬噸", "t", "--water");

        Assert.Equal(0, exit);
        Assert.Equal("694400 t" + Environment.NewLine, output);
    }

    [Fact]
    public void Water_mass_to_volume_without_the_flag_is_bad_input_that_names_the_flag()
    {
        var line = FailingLine("convert", "205.27 萬噸", "m³");

        Assert.Equal("emissions convert: '205.27 萬噸' is Mass and 'm³' is Volume: mass and volume convert only for water; expected a target unit of Mass, or --water to use water at 1 t = 1 m³ (1000 kg/m³)", line);
    }

    [Fact]
    public void The_water_flag_does_not_make_energy_a_volume()
    {
        var line = FailingLine("convert", "5 MWh", "m³", "--water");

        Assert.Equal("emissions convert: cannot convert '5 MWh' to 'm³': 'MWh' is Energy, 'm³' is Volume; expected a target unit of Energy", line);
    }

    [Fact]
    public void An_unknown_unit_in_the_quantity_is_named_with_the_nearest_symbols()
    {
        var line = FailingLine("convert", "721,117.23 兆瓦时时", "GJ");

        Assert.Equal("emissions convert: '721,117.23 兆瓦时时': unknown unit '兆瓦时时'; nearest known: 兆瓦时, 兆瓦時; expected a known unit such as t, kg, MWh, GJ, m³ or tCO2e/MWh; `emissions units` lists every spelling", line);
    }

    [Fact]
    public void An_unknown_target_unit_is_named_with_the_nearest_symbols()
    {
        var line = FailingLine("convert", "5 MWh", "Gj");

        Assert.Equal("emissions convert: unknown unit 'Gj'; nearest known: GJ, 吉卡, 吉焦; expected a known unit such as t, kg, MWh, GJ, m³ or tCO2e/MWh; `emissions units` lists every spelling", line);
    }

    [Fact]
    public void A_target_of_the_wrong_kind_names_the_value_and_both_kinds()
    {
        var line = FailingLine("convert", "721,117.23 兆瓦時", "t");

        Assert.Equal("emissions convert: cannot convert '721,117.23 兆瓦時' to 't': '兆瓦時' is Energy, 't' is Mass; expected a target unit of Energy", line);
    }

    [Theory]
    [InlineData("1,234,5678 kWh", "emissions convert: '1,234,5678' in '1,234,5678 kWh' is not a number; expected a number in the invariant format, e.g. 1,234.5 (',' groups thousands in threes, '.' is the decimal point); a number printed as 1.234,5 or 1 234,5 is read with --number-format decimal-comma")]
    [InlineData("five MWh", "emissions convert: 'five MWh' does not start with a number; expected a number then its unit, e.g. \"721,117.23 MWh\" (invariant format: ',' groups thousands in threes, '.' is the decimal point)")]
    public void A_malformed_number_is_named(string quantity, string expected) =>
        Assert.Equal(expected, FailingLine("convert", quantity, "MWh"));

    [Fact]
    public void A_missing_target_unit_is_named_with_the_usage_as_what_was_expected() =>
        Assert.Equal("emissions convert: missing argument <unit>; expected emissions convert <quantity> <unit> [--water] [--number-format]", FailingLine("convert", "5 MWh"));

    [Fact]
    public void Missing_both_arguments_names_both() =>
        Assert.Equal("emissions convert: missing argument <quantity> and <unit>; expected emissions convert <quantity> <unit> [--water] [--number-format]", FailingLine("convert"));

    [Fact]
    public void A_unit_read_by_its_default_prints_the_value_and_warns_naming_the_other_reading()
    {
        var (exit, output, error) = Run("convert", "1 MT CO2e", "kgCO2e");

        Assert.Equal(0, exit);
        Assert.Equal("1000 kgCO2e" + Environment.NewLine, output);
        Assert.Equal("emissions convert: warning: 'MTCO2e' read as metric tons (1 MT = 1 t = 1000 kg), as US reports print them; a megatonne is 'Mt'" + Environment.NewLine, error);
    }

    [Fact]
    public void An_ambiguous_unit_is_refused_listing_its_readings() =>
        Assert.Equal(
            "emissions convert: '5 gal': 'gal' has more than one reading: US gallons (3.785411784 L) or imperial gallons (4.54609 L); expected the reading the report means, written out: 'US gal', 'imp gal'",
            FailingLine("convert", "5 gal", "L"));

    [Theory]
    [InlineData("1.234,5 kWh")]
    [InlineData("1 234,5 kWh")]
    public void The_decimal_comma_format_is_read_when_asked(string quantity)
    {
        var (exit, output, _) = Run("convert", quantity, "MWh", "--number-format", "decimal-comma");

        Assert.Equal(0, exit);
        Assert.Equal("1.2345 MWh" + Environment.NewLine, output);
    }

    [Fact]
    public void An_unknown_number_format_is_named() =>
        Assert.Equal(
            "emissions convert: --number-format 'german': expected \"invariant\" (1,234.5, the default) or \"decimal-comma\" (1.234,5 or 1 234,5)",
            FailingLine("convert", "1 kWh", "MWh", "--number-format", "german"));

    [Fact]
    public void A_result_beyond_decimal_is_refused_with_exit_2_not_a_crash() =>
        Assert.Equal(
            "emissions convert: cannot convert '10000000000000000000000000000 kWh' to 'J': the result, about 3.6e34 J, is too large for decimal; expected a quantity whose value in 'J' is at most 79,228,162,514,264,337,593,543,950,335 (about 7.9e28) in magnitude",
            FailingLine("convert", "1e28 kWh", "J"));

    [Fact]
    public void A_result_rounded_to_zero_says_so()
    {
        var (exit, output, error) = Run("convert", "1e-20 J", "TWh");

        Assert.Equal(0, exit);
        Assert.Equal("0 TWh" + Environment.NewLine, output);
        Assert.Contains("rounds to 0", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_argument_is_named() =>
        Assert.Equal("emissions convert: 'kWh' is not an argument of convert; expected emissions convert <quantity> <unit> [--water] [--number-format]",
            FailingLine("convert", "5 MWh", "GJ", "kWh"));

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");

            var (exit, output, _) = Run("convert", "721,117.23 兆瓦時", "GJ");

            Assert.Equal(0, exit);
            Assert.Equal("2596022.028 GJ" + Environment.NewLine, output);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    private static string FailingLine(params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var lines = error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        return lines[0];
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
