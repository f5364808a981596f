namespace Emissions.Cli.Tests;

public class TextTableTests
{
    [Theory]
    [InlineData("MWh", 3)]
    [InlineData("兆瓦時", 6)]
    [InlineData("噸 / 人", 7)]
    [InlineData("ＣＯ２", 6)]
    [InlineData("🌳 trees", 8)]
    [InlineData("e\u0301", 1)]
    public void A_cell_is_as_wide_as_the_terminal_columns_it_takes(string text, int columns) =>
        Assert.Equal(columns, TextTable.Width(text));

    [Fact]
    public void Columns_line_up_on_a_terminal_with_chinese_and_emoji_cells()
    {
        var table = new TextTable("UNIT", "KIND");
        table.Add("兆瓦時", "Energy");
        table.Add("🌳", "Count");
        table.Add("MWh", "Energy");
        using var output = new StringWriter();

        table.WriteTo(output);

        // The second column starts at terminal column 9 on every line: the widest first cell (兆瓦時, 6 columns) plus two spaces.
        Assert.Equal(["UNIT    KIND", "兆瓦時  Energy", "🌳      Count", "MWh     Energy"], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
