using System.Globalization;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;
using Emissions.Api.Workbench;
using static Emissions.Api.Tests.Infrastructure.PageSession;

namespace Emissions.Api.Tests.Wired;

/// <summary>Series by year: an organisation's PUE and intensities across its activity-data submissions of several reporting years, as server-rendered SVG.</summary>
public sealed class SeriesPageTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    /// <summary>One data centre of 100,000 MWh IT energy and the given facility energy, bought as electricity, 1,000 employees, in the year's shipped set.</summary>
    public static string Inventory(int year, string facility) => string.Create(CultureInfo.InvariantCulture, $$$"""
        {"kind": "inputs", "period": "{{{year}}}", "factorSet": "cn-{{{year}}}",
         "document": {"headcount": "1,000", "electricity": [{"amount": "{{{facility}}} MWh", "region": "CN-North"}], "dataCenters": [{"id": "dc-1", "facility": "{{{facility}}} MWh", "it": "100,000 MWh", "region": "CN-North"}]}}
        """);

    [Fact]
    public async Task Pue_and_intensities_are_charted_one_point_per_reporting_year_with_labelled_axes()
    {
        var (browser, api, _, _) = await NewSignedInAsync(fixture.Factory);
        // Stored out of order, and 2021 twice: the later submission for a year is the one charted.
        foreach (var (year, facility) in new[] { (2022, "125,000"), (2020, "130,000"), (2021, "140,000"), (2021, "126,000") })
        {
            await Wire.ReadAsync(await api.PostAsync("/v1/submissions", Wire.Body(Inventory(year, facility))));
        }

        var html = await browser.GetStringAsync("/submissions/series");

        // PUE = facility ÷ IT energy: 130,000 / 100,000 = 1.3; 126,000 / 100,000 = 1.26; 125,000 / 100,000 = 1.25.
        var pue = Between(html, "data-metric=\"dc.pue\"", "</figure>");
        Assert.Contains("power usage effectiveness / 电能利用效率", pue, StringComparison.Ordinal);
        Assert.Contains("Reporting year / 报告年度", pue, StringComparison.Ordinal);
        Assert.Equal(["2020:1.3", "2021:1.26", "2022:1.25"], Points(pue));
        Assert.Contains("<text class=\"x-tick\"", pue, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"series\" id=\"series-0\" data-metric=\"dc.pue\">", html, StringComparison.Ordinal); // PUE first
        // Electricity per employee: the facility's electricity over 1,000 people, 130, 126 and 125 MWh/person.
        var perEmployee = Between(html, "data-metric=\"energy.electricity.per-employee\"", "</figure>");
        Assert.Equal(["2020:130", "2021:126", "2022:125"], Points(perEmployee));
        Assert.Contains("(MWh/person)", perEmployee, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_without_annual_activity_data_is_told_there_is_nothing_to_chart()
    {
        var (browser, _, _, _) = await NewSignedInAsync(fixture.Factory);

        var html = await browser.GetStringAsync("/submissions/series");

        Assert.Contains("id=\"no-series\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.25", "1.3", "1.24", "1.3", "0.02")] // 0.05 over at most 4 steps: 0.0125, rounded up to 0.02
    [InlineData("1.2", "1.5", "1.2", "1.5", "0.1")]
    [InlineData("0", "37", "0", "40", "10")]
    [InlineData("32.3", "32.3", "32", "33", "1")] // one value: a band of a tenth of it, 3.23 over 4 steps rounded up to 1
    public void The_value_axis_runs_between_round_ticks_of_1_2_or_5_times_a_power_of_ten(string min, string max, string low, string high, string step)
    {
        var scale = SeriesChart.Scale(decimal.Parse(min, CultureInfo.InvariantCulture), decimal.Parse(max, CultureInfo.InvariantCulture));

        Assert.Equal((decimal.Parse(low, CultureInfo.InvariantCulture), decimal.Parse(high, CultureInfo.InvariantCulture), decimal.Parse(step, CultureInfo.InvariantCulture)), scale);
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start}");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static List<string> Points(string svg) =>
        [.. System.Text.RegularExpressions.Regex.Matches(svg, "<circle class=\"point\"[^>]* data-year=\"([0-9]+)\" data-value=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value + ":" + m.Groups[2].Value)];
}
