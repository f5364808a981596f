using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

public class ConversionSmokeTests
{
    [Fact]
    public void Ten_thousand_tonnes_in_traditional_characters_is_tonnes_times_ten_thousand() =>
        Assert.Equal(694_400m, Measurement.Parse("69.44 萬噸").ConvertTo("t").Value);
}
