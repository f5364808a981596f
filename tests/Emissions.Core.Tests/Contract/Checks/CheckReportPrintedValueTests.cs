using System.Globalization;
using System.Text.Json;
using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// A reported figure's value is written as printed, every decimal it carries: laid out from its mantissa when that fits
/// 64 bits, by the runtime's formatter otherwise; either way the text the runtime gives for the decimal.
/// </summary>
public class CheckReportPrintedValueTests
{
    [Theory]
    [InlineData("1234.50")]
    [InlineData("32.30")]
    [InlineData("-0.0045")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("18446744073709551615")]
    [InlineData("18446744073709551616.5")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335")]
    [InlineData("-0.00")]
    [InlineData("0")]
    public void The_reported_value_is_the_decimal_as_printed(string printed)
    {
        var value = decimal.Parse(printed, CultureInfo.InvariantCulture);
        var view = new ValueView(value, "MWh", value, value, true, true);
        var report = new CheckReport(null, null, null, [new CheckResult("r", "f", null, null, "f = a", Verdict.Reproduced, view, null, null, false, [])], [], []);

        var written = JsonDocument.Parse(CheckReportJson.Write(report)).RootElement.GetProperty("checks")[0].GetProperty("reported").GetProperty("value");

        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), written.GetString());
    }
}
