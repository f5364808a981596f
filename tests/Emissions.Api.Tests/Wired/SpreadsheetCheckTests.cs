using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Api.Tests.Wired;

/// <summary>POST /v1/checks with a workbook or a CSV table as the body, answering the working paper on Accept.</summary>
public sealed class SpreadsheetCheckTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private HttpClient Client => fixture.Factory.CreateClient();

    private static ByteArrayContent Workbook() => KuaishouWorkbook.Content();

    [Fact]
    public async Task A_workbook_posted_as_a_check_gets_the_same_verdicts_as_the_json_request()
    {
        var fromJson = await Wire.ReadAsync(await Client.PostAsync("/v1/checks", Wire.Body(Repository.Read("tests/fixtures/kuaishou-2020/report.json"))));
        var fromXlsx = await Wire.ReadAsync(await Client.PostAsync("/v1/checks", Workbook()));

        static List<string> Verdicts(System.Text.Json.JsonElement report) =>
            [.. report.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("figure").GetString() + ":" + c.GetProperty("verdict").GetString())];
        Assert.Equal(Verdicts(fromJson), Verdicts(fromXlsx));
        Assert.Contains("energy_indirect:discrepant", Verdicts(fromXlsx));
    }

    [Fact]
    public async Task Accept_a_workbook_answers_the_working_paper()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/v1/checks") { Content = Wire.Body(Repository.Read("tests/fixtures/kuaishou-2020/report.json")) };
        message.Headers.Accept.ParseAdd(WorkingPaper.MediaType);

        using var response = await Client.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WorkingPaper.MediaType, response.Content.Headers.ContentType?.MediaType);
        var sheets = XlsxWorkbookReader.Read(await response.Content.ReadAsStreamAsync(), "paper.xlsx");
        var summary = sheets.Single(s => s.Name == "Summary");
        Assert.Equal("discrepant by 289.54 兆瓦時 (0.040 %), not material at 5 %", summary.Rows.Single(r => r.At(0)?.Text == "energy_indirect").At(4)?.Text);
        Assert.Contains(summary.Rows, r => r.At(0)?.Text == "Factor set / 因子集" && r.At(1)?.Text.StartsWith("cn-2022", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_csv_table_with_chinese_headers_is_checked()
    {
        var csv = "项目,编号,指标,数值（兆瓦時）\n直接能源,energy_direct,energy.direct,\"13,543.85\"\n間接能源,energy_indirect,energy.indirect,\"721,117.23\"\n綜合能源,energy_total,energy.total,\"734,661.07\"\n";

        var report = await Wire.ReadAsync(await Client.PostAsync("/v1/checks", new StringContent(csv, Encoding.UTF8, "text/csv")));

        var total = report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("figure").GetString() == "energy_total");
        Assert.Equal("consistent", total.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_bad_workbook_is_a_problem_naming_the_cell_never_a_500()
    {
        var csv = "id,value,unit\nenergy_total,n/a,MWh\n";

        using var response = await Client.PostAsync("/v1/checks", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("body.csv line 2 column B (value)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_a_workbook_is_a_problem_never_a_500()
    {
        var content = new ByteArrayContent("not a zip"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(WorkingPaper.MediaType);

        using var response = await Client.PostAsync("/v1/checks", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("an Excel workbook", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_off_factor_in_the_options_answers_a_formula_without_a_key()
    {
        // 10 mu × 67 kgCO2/(mu·day) × 365 days = 244,550 kgCO2.
        const string json = """
            {"figures": [{"id": "area", "value": "10", "unit": "mu"}, {"id": "days", "value": "365", "unit": "day"},
                         {"id": "uptake", "value": "244,550", "unit": "kgCO2"}],
             "relations": [{"id": "forest", "metric": "uptake", "formula": "area * @absorption-rate[forest] * days"}],
             "options": {"factors": {"absorption-rate[forest]": "67 kgCO2/(mu·day)"}}}
            """;

        var report = await Wire.ReadAsync(await Client.PostAsync("/v1/checks", Wire.Body(json)));

        Assert.Equal("reproduced", report.GetProperty("checks")[0].GetProperty("verdict").GetString());
    }
}
