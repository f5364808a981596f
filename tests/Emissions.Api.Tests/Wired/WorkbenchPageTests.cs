using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Api.Tests.Wired;

/// <summary>The workbench page at / (server-rendered HTML): upload or paste figures, see verdicts, download the working paper.</summary>
public sealed class WorkbenchPageTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private HttpClient Client => fixture.Factory.CreateClient();

    private static string RowOf(string html, string figure)
    {
        var start = html.IndexOf($"<tr data-figure=\"{figure}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {figure}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_page_offers_upload_paste_factor_sets_and_materiality_in_english_and_chinese()
    {
        var html = await Client.GetStringAsync("/");

        Assert.Contains("Check a report", html, StringComparison.Ordinal);
        Assert.Contains("核对报告", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"file\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"paste\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"cn-2022\">cn-2022</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_the_kuaishou_workbook_shows_the_one_discrepant_check_and_its_conclusion()
    {
        using var form = new MultipartFormDataContent { { KuaishouWorkbook.Content(), "file", "kuaishou-2020.xlsx" }, { new StringContent("5%"), "materiality" } };

        var html = await (await Client.PostAsync("/workbench/check", form)).Content.ReadAsStringAsync();

        Assert.Contains("11 checks over 25 figures: 7 reproduced, 3 consistent, 1 discrepant (0 material), 0 unverifiable", html, StringComparison.Ordinal);
        var row = RowOf(html, "energy_indirect");
        Assert.Contains("class=\"discrepant\">discrepant", row, StringComparison.Ordinal);
        Assert.Contains("discrepant by 289.54 兆瓦時 (0.040 %), not material at 5 %", row, StringComparison.Ordinal);
        Assert.Contains("間接能源消耗量 (兆瓦時)", row, StringComparison.Ordinal);
        Assert.Contains("not tested: no relation covers this figure", RowOf(html, "rented_pue"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_pasted_from_excel_is_checked()
    {
        var pasted = "项目\t编号\t指标\t数值\t单位\n直接能源\tenergy_direct\tenergy.direct\t13,543.85\t兆瓦時\n間接能源\tenergy_indirect\tenergy.indirect\t721,117.23\t兆瓦時\n綜合能源\tenergy_total\tenergy.total\t734,661.07\t兆瓦時\n";
        using var form = new MultipartFormDataContent { { new StringContent(pasted), "paste" } };

        var html = await (await Client.PostAsync("/workbench/check", form)).Content.ReadAsStringAsync();

        Assert.Contains("consistent within the printed rounding", RowOf(html, "energy_total"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_download_link_answers_the_working_paper_under_a_file_name()
    {
        using var form = new MultipartFormDataContent { { KuaishouWorkbook.Content(), "file", "kuaishou-2020.xlsx" } };
        var html = await (await Client.PostAsync("/workbench/check", form)).Content.ReadAsStringAsync();
        var start = html.IndexOf("id=\"paper\" href=\"", StringComparison.Ordinal) + "id=\"paper\" href=\"".Length;
        var link = html[start..html.IndexOf('"', start)];
        Assert.Matches("^/workbench/papers/[0-9a-f]{64}$", link);

        using var response = await Client.GetAsync(link);

        Assert.Equal(WorkingPaper.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"working-paper-Kuaishou-Technology-2020-{link[^64..^56]}.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        var summary = XlsxWorkbookReader.Read(await response.Content.ReadAsStreamAsync(), "paper.xlsx").Single(s => s.Name == "Summary");
        Assert.Equal("discrepant by 289.54 兆瓦時 (0.040 %), not material at 5 %", summary.Rows.Single(r => r.At(0)?.Text == "energy_indirect").At(4)?.Text);
    }

    [Fact]
    public async Task A_working_paper_link_the_service_no_longer_holds_is_410_saying_to_check_again()
    {
        using var browser = PageSession.Browser(fixture.Factory);

        using var page = await browser.GetAsync("/workbench/papers/" + new string('a', 64));
        using var problem = await Client.GetAsync("/workbench/papers/" + new string('a', 64));

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("run the check again", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(problem, HttpStatusCode.Gone, "gone", "hash");
    }

    [Fact]
    public async Task A_bad_upload_is_shown_on_the_page_naming_the_cell_never_a_500()
    {
        using var form = new MultipartFormDataContent { { new StringContent("id,value,unit\nenergy_total,n/a,MWh\n", Encoding.UTF8), "file", "bad.csv" } };

        using var response = await PageSession.Browser(fixture.Factory).PostAsync("/workbench/check", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("bad.csv line 2 column B (value)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
