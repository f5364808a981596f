using Emissions.Contract.Checks;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>A figure id is a letter or '_', then letters, digits or '_', in any script (formulas name figures by id).</summary>
public sealed class FigureIdTests
{
    [Theory]
    [InlineData("ghg_total")]
    [InlineData("_s1")]
    [InlineData("S1_2023")]
    [InlineData("x")]
    [InlineData("電力_2020")]
    [InlineData("a電力")]
    [InlineData("énergie_totale")]
    [InlineData("a٣")] // an Arabic-Indic digit is a digit
    public void Letters_digits_and_underscores_after_a_letter_or_underscore_make_an_id(string id) =>
        Assert.True(CheckRequestReader.IsValidId(id));

    [Theory]
    [InlineData("")]
    [InlineData("1st")]
    [InlineData("ghg-total")]
    [InlineData("ghg total")]
    [InlineData("ghg.total")]
    [InlineData("a$")]
    [InlineData("電力-2020")]
    [InlineData("a\u00A0b")] // a no-break space is neither letter nor digit
    [InlineData("a²")] // a superscript two is a number, not a decimal digit
    public void Anything_else_is_not_an_id(string id) =>
        Assert.False(CheckRequestReader.IsValidId(id));
}
