using Emissions.Contract.Checks;
using Emissions.Core.Tests.Verification;
using Emissions.Inventory;
using Emissions.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

public class CsvCheckReaderTests
{
    private const string Figures = """
        id,metric,value,unit,qualifier,period,site,label
        indirect,energy.indirect,"721,117.23",兆瓦時,,2020,,"間接能源消耗量 (兆瓦時)"
        elec,energy.electricity,"715,200.83",兆瓦時,,2020,,外購電力
        heat,energy.heat,"20,256.68",吉焦,,2020,,"a label with ""quotes"", a comma
        and a line break"
        pue,dc.pue,1.2,,at-most,2020,ulanqab,
        """;

    [Fact]
    public void Figures_read_from_rfc_4180_csv_with_quoted_commas_quotes_and_line_breaks()
    {
        var figures = CsvCheckReader.ReadFigures(Figures);

        Assert.Equal(4, figures.Count);
        Assert.Equal(721_117.23m, figures[0].Printed.Value);
        Assert.Equal("a label with \"quotes\", a comma\nand a line break", figures[2].Label);
        Assert.Equal(Qualifier.AtMost, figures[3].Qualifier);
        Assert.Equal("ulanqab", figures[3].Site);
        Assert.Equal("figures.csv line 6", figures[3].Source);
    }

    [Fact]
    public void A_csv_request_is_checked_like_json()
    {
        var request = CsvCheckReader.Read(Figures, period: "2020");

        var check = new Checker().Check(request).Single("indirect");

        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.Equal(289.54m, Math.Round(check.Deviation!.Absolute, 2));
    }

    [Fact]
    public void Relations_read_from_csv()
    {
        var relations = CsvCheckReader.ReadRelations("""
            id,metric,formula
            re_share,re_pct,"re_mwh / elec_mwh"
            """);

        var relation = Assert.Single(relations);
        Assert.Equal("re_share", relation.Id);
        Assert.Equal("re_mwh / elec_mwh", relation.FormulaText);
    }

    [Fact]
    public void A_bad_value_names_the_file_line_and_column()
    {
        var error = Assert.Throws<InputException>(() => CsvCheckReader.ReadFigures("id,value\na,12x.5\n", "report.csv"));

        Assert.Equal("report.csv line 2 column value", error.Path);
        Assert.Equal("12x.5", error.Value);
    }

    [Fact]
    public void An_unknown_column_is_an_error()
    {
        var error = Assert.Throws<InputException>(() => CsvCheckReader.ReadFigures("id,valeu\na,1\n"));

        Assert.Equal("figures.csv line 1 column 2", error.Path);
    }

    [Fact]
    public void An_unquoted_comma_in_a_value_is_reported_as_too_many_fields()
    {
        var error = Assert.Throws<InputException>(() => CsvCheckReader.ReadFigures("id,value,unit\na,721,117.23,MWh\n"));

        Assert.Contains("quote", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_quote_is_an_error()
    {
        Assert.Throws<InputException>(() => CsvCheckReader.ReadFigures("id,value\na,\"1\n"));
    }
}
