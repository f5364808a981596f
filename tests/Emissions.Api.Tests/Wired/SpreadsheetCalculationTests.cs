using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;
using Emissions.Spreadsheets;

namespace Emissions.Api.Tests.Wired;

/// <summary>GET /v1/calculations/template, and POST /v1/calculations with an activity workbook or CSV as the body.</summary>
public sealed class SpreadsheetCalculationTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private const string Inputs = "tests/fixtures/kuaishou-2020/inputs-with-printed-totals.json";

    private HttpClient Client => fixture.Factory.CreateClient();

    private static ByteArrayContent Xlsx(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(WorkingPaper.MediaType);
        return content;
    }

    /// <summary>The Kuaishou 2020 inputs (report lines 1167-1288) written into the template, as a team would fill it.</summary>
    public static byte[] KuaishouInventory(IReadOnlyList<string> sets)
    {
        using var json = JsonDocument.Parse(Repository.Read(Inputs));
        using var stream = new MemoryStream();
        ActivityWorkbook.Write(stream, sets, json.RootElement);
        return stream.ToArray();
    }

    [Fact]
    public async Task The_template_has_a_sheet_per_input_kind_and_lists_the_shipped_factor_sets()
    {
        using var response = await Client.GetAsync("/v1/calculations/template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WorkingPaper.MediaType, response.Content.Headers.ContentType?.MediaType);
        var sheets = XlsxWorkbookReader.Read(await response.Content.ReadAsStreamAsync(), "template.xlsx");
        Assert.Equal(["Read me", "Inventory", "Fuels", "Electricity", "Heat", "Refrigerants", "Waste", "Water", "DataCenters", "Totals", "Overrides", "Lists"],
            sheets.Select(s => s.Name));
        Assert.Contains(sheets[^1].Rows, r => r.At(3)?.Text == "cn-2020");
    }

    [Fact]
    public async Task The_kuaishou_workbook_calculates_to_the_json_answer()
    {
        var fromJson = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations", Wire.Body(Repository.Read(Inputs))));
        var fromXlsx = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations", Xlsx(KuaishouInventory(["cn-2020"]))));

        Assert.Equal(fromJson.GetProperty("metrics").GetRawText(), fromXlsx.GetProperty("metrics").GetRawText());
        Assert.Equal(fromJson.GetProperty("warnings").GetRawText(), fromXlsx.GetProperty("warnings").GetRawText());
        var perEmployee = fromXlsx.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "ghg.total.per-employee");
        Assert.StartsWith("32.299176705", perEmployee.GetProperty("value").GetString(), StringComparison.Ordinal); // 694,400 t / 21,499 persons
    }

    [Fact]
    public async Task A_csv_of_activity_lines_answers_the_results_workbook_on_accept()
    {
        const string csv = "kind,fuel,amount,unit,region\r\nperiod,,2020,,\r\nfactorSet,,cn-2020,,\r\nelectricity,,\"715,200.83\",MWh,CN-North\r\n";
        using var message = new HttpRequestMessage(HttpMethod.Post, "/v1/calculations") { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        message.Headers.Accept.ParseAdd(WorkingPaper.MediaType);

        using var response = await Client.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheets = XlsxWorkbookReader.Read(await response.Content.ReadAsStreamAsync(), "results.xlsx");
        Assert.Equal(["Metrics", "Factors", "Warnings", "About"], sheets.Select(s => s.Name));
        Assert.Equal("715200.83", sheets[0].Rows.Single(r => r.At(0)?.Text == "energy.electricity").At(2)?.Text);
    }

    [Fact]
    public async Task An_error_the_calculation_finds_names_the_cell_it_came_from()
    {
        var workbook = BadWorkbooks.Sheet("Inventory", [["period", "2020"], ["factorSet", "cn-2020"], ["gwp", "AR9"]]);

        using var response = await Client.PostAsync("/v1/calculations", Xlsx(workbook));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("body.xlsx sheet 'Inventory' row 3 column B (gwp)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadSpreadsheets => new()
    {
        { "/v1/checks", "wrong sheet", "body.xlsx sheet 'Sheet1'" },
        { "/v1/calculations", "wrong sheet", "body.xlsx sheet 'Sheet1': expected a sheet of the activity workbook" },
        { "/v1/checks", "merged header", "body.xlsx sheet 'Figures' cells A1:B1" },
        { "/v1/calculations", "merged header", "body.xlsx sheet 'Fuels' cells A1:B1" },
        { "/v1/checks", "formula", "body.xlsx sheet 'Figures' row 2 column B" },
        { "/v1/calculations", "formula", "body.xlsx sheet 'Fuels' row 2 column B" },
        { "/v1/checks", "text in a number column", "body.xlsx sheet 'Figures' row 2 column B (value)" },
        { "/v1/calculations", "text in a number column", "body.xlsx sheet 'Fuels' row 2 column B (amount): 'about 900 t'" },
        { "/v1/checks", "zip bomb", "zip bomb" },
        { "/v1/calculations", "zip bomb", "zip bomb" },
    };

    private static byte[] Bad(string endpoint, string kind)
    {
        var check = endpoint == "/v1/checks";
        var sheet = check ? "Figures" : "Fuels";
        string?[] header = check ? ["id", "value", "unit"] : ["fuel", "amount", "unit"];
        string?[] row(string value) => check ? ["energy_total", value, "MWh"] : ["diesel", value, "t"];
        return kind switch
        {
            "wrong sheet" => BadWorkbooks.Sheet("Sheet1", [["快手科技 2020", null, null], ["表 1", "数据见附录", null]]),
            "merged header" => BadWorkbooks.Sheet(sheet, [header, row("1")], merged: "A1:B1"),
            "formula" => BadWorkbooks.Sheet(sheet, [header, row("=SUM(D2:D13)")]),
            "text in a number column" => BadWorkbooks.Sheet(sheet, [header, row("about 900")]),
            _ => BadWorkbooks.ZipBomb(),
        };
    }

    [Theory]
    [MemberData(nameof(BadSpreadsheets))]
    public async Task A_bad_spreadsheet_is_a_problem_naming_where_never_a_500(string endpoint, string kind, string names)
    {
        using var response = await Client.PostAsync(endpoint, Xlsx(Bad(endpoint, kind)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains(names, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hundred_thousand_empty_rows_are_passed_over_in_a_check_and_rows_keep_their_numbers()
    {
        var workbook = BadWorkbooks.Sheet("Figures", [["id", "metric", "value", "unit"], ["direct", "energy.direct", "n/a", "MWh"]], emptyRowsBefore: 100_000);

        using var response = await Client.PostAsync("/v1/checks", Xlsx(workbook));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("body.xlsx sheet 'Figures' row 100002 column C (value)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hundred_thousand_empty_rows_are_passed_over_in_a_calculation()
    {
        var workbook = BadWorkbooks.Sheet("Electricity", [["amount", "unit", "region"], ["715,200.83", "MWh", "CN-North"]], emptyRowsBefore: 100_000,
            inventory: [["period", "2020"], ["factorSet", "cn-2020"]]);

        var result = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations", Xlsx(workbook)));

        var electricity = result.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "energy.electricity");
        Assert.Equal("715200.83", electricity.GetProperty("value").GetString());
    }
}
