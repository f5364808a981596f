using System.Net;
using System.Net.Http.Headers;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;
using Emissions.Spreadsheets;

namespace Emissions.Api.Tests.Wired;

/// <summary>The workbench's preview of a pasted table, the verdict details and deviation chart, and the Calculate page.</summary>
public sealed class WorkbenchPreviewAndCalculateTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private HttpClient Client => fixture.Factory.CreateClient();

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start}");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Preview_shows_how_each_pasted_column_was_read_before_checking()
    {
        // Kuaishou 2020 ESG report line 1173: 溫室氣體排放總量（萬噸） 69.44, pasted with the unit in the header's brackets.
        const string pasted = "项目\t数值（萬噸）\t指标\t备注\n溫室氣體排放總量\t69.44\tghg.total\tp.1173\n";
        using var form = new MultipartFormDataContent { { new StringContent(pasted), "paste" }, { new StringContent("preview"), "action" } };

        var html = await (await Client.PostAsync("/workbench/check", form)).Content.ReadAsStringAsync();

        Assert.Contains("<td>数值（萬噸）</td><td>value</td><td>萬噸</td>", Between(html, "<tr data-column=\"B\">", "</tr>"), StringComparison.Ordinal);
        Assert.Contains("not read (left out)", Between(html, "<tr data-column=\"D\">", "</tr>"), StringComparison.Ordinal);
        var figure = Between(html, "<tr data-figure=\"ghg.total\">", "</tr>");
        Assert.Contains("<td>溫室氣體排放總量</td><td>ghg.total</td><td class=\"num\">69.44</td><td>萬噸</td>", figure, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"verdicts\"", html, StringComparison.Ordinal);
        Assert.Contains("69.44", Between(html, "<textarea id=\"paste\" name=\"paste\">", "</textarea>"), StringComparison.Ordinal); // kept for the Check button
    }

    [Fact]
    public async Task Verdicts_open_their_intervals_on_demand_and_the_chart_plots_each_deviation_against_its_tolerance()
    {
        using var form = new MultipartFormDataContent { { KuaishouWorkbook.Content(), "file", "kuaishou-2020.xlsx" } };

        var html = await (await Client.PostAsync("/workbench/check", form)).Content.ReadAsStringAsync();

        var row = Between(html, "<tr data-figure=\"energy_indirect\">", "</tr>");
        Assert.Contains("<details><summary>1 check / 核对过程</summary>", row, StringComparison.Ordinal);
        Assert.Contains("printed / 披露 [721117.225, 721117.235) 兆瓦時", row, StringComparison.Ordinal);
        var chart = Between(html, "<figure id=\"deviation-chart\">", "</figure>");
        Assert.Contains("<svg role=\"img\"", chart, StringComparison.Ordinal);

        // 721,117.23 printed against 715,200.83 + 20,256.68 GJ / 3.6 = 720,827.69 MWh: 289.54 MWh off a half-width of 0.005 MWh.
        var bar = Between(chart, "<g data-metric=\"energy_indirect\">", "</g>");
        Assert.Matches(@">579\d\d(\.\d+)?×<", bar);
        Assert.Contains("fill=\"#f1c232\"", bar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calculate_page_links_the_template_and_offers_the_factor_sets()
    {
        var html = await Client.GetStringAsync("/calculate");

        Assert.Contains("<a href=\"/v1/calculations/template\" id=\"template\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/calculate\" aria-current=\"page\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"cn-2020\">cn-2020</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_kuaishou_activity_workbook_shows_every_metric_with_its_trace_and_warnings_by_severity()
    {
        var workbook = new ByteArrayContent(SpreadsheetCalculationTests.KuaishouInventory(["cn-2020"]));
        workbook.Headers.ContentType = new MediaTypeHeaderValue(WorkingPaper.MediaType);
        using var form = new MultipartFormDataContent { { workbook, "file", "kuaishou-2020-inventory.xlsx" } };

        using var response = await Client.PostAsync("/workbench/calculate", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var perEmployee = Between(html, "<tr data-metric=\"ghg.total.per-employee\">", "</tr>");
        Assert.Contains("<td class=\"num\">32.29917670589329736266803107</td>", perEmployee, StringComparison.Ordinal); // 694,400 t / 21,499 persons
        Assert.Contains("<summary>ghg.total / org.headcount</summary>", perEmployee, StringComparison.Ordinal);
        var important = html.IndexOf("id=\"severity-important\"", StringComparison.Ordinal);
        var notes = html.IndexOf("id=\"severity-note\"", StringComparison.Ordinal);
        Assert.True(important > 0 && notes > important);
        Assert.Contains("energy.direct: the given total 13543.85 兆瓦時 differs from the sum of its components",
            html[important..html.IndexOf("id=\"severity-warning\"", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_activity_workbook_is_shown_on_the_page_naming_the_cell_never_a_500()
    {
        using var form = new MultipartFormDataContent { { new StringContent("kind,fuel,amount,unit\nfuel,diesel,about 900,t\n"), "file", "lines.csv" } };

        using var response = await PageSession.Browser(fixture.Factory).PostAsync("/workbench/calculate", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("lines.csv line 2 column C (amount): &#x27;about 900 t&#x27;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
