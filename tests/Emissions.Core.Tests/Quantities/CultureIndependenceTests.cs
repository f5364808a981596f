using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// Reports and wire values are read the same on every machine: de-DE reads "1,5" as one and a half and
/// "721.117" as a thousands group, zh-CN and fr-FR format differently; none of that may leak in.
/// </summary>
public class CultureIndependenceTests
{
    private static readonly string[] Inputs =
    [
        "721,117.23 兆瓦時",
        "20,256.68 吉焦",
        "69.44 萬噸",
        "21,499 人",
        "273,431.40 立方米",
        "36\u2009861 平方米",
        "0.5366 tCO2/MWh",
        "389.31 GJ/10⁴Nm³",
        "-3.50 %",
        "1.5e3 kWh",
    ];

    private static readonly (string Text, string Target)[] Conversions =
    [
        ("721,117.23 兆瓦時", "GJ"),
        ("20,256.68 吉焦", "MWh"),
        ("36,861 平方米", "亩"),
        ("0.1229 kgce/kWh", "GJ/MWh"),
    ];

    [Theory]
    [InlineData("de-DE")]
    [InlineData("zh-CN")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void Parsing_and_formatting_give_the_same_results_under_any_current_culture(string culture)
    {
        var expected = Snapshot();
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            Assert.Equal(expected, Snapshot());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    [Fact]
    public void A_german_decimal_comma_is_a_thousands_separator_or_malformed_never_a_decimal_point()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal(1_500m, Measurement.Parse("1,500 kWh").Value);
            Assert.Equal(QuantityError.MalformedNumber, Assert.Throws<QuantityException>(() => Measurement.Parse("1,5 kWh")).Error);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static List<string> Snapshot()
    {
        var results = new List<string>();
        foreach (var input in Inputs)
        {
            var measurement = Measurement.Parse(input);
            results.Add($"{measurement.ToString()} | {measurement.ToExactString()} | {measurement.Scale} | {measurement.Quantity}");
        }

        foreach (var (text, target) in Conversions)
        {
            results.Add(Measurement.Parse(text).ConvertTo(target).ToExactString());
        }

        results.Add(Energy.FromMegawattHours(721_117.23m).ToString());
        results.Add(EmissionFactor.FromTonnesCo2PerMegawattHour(0.5366m).ToString());
        results.Add(Money.Parse("587.76 億元").ToString());
        results.Add(Ratio.Parse("8 %").ToString());
        results.Add(Unit.Parse("GJ/10⁴Nm³").Scale.ToString());
        results.Add(DecimalText.Fixed(55.2915m, 2));
        return results;
    }
}
