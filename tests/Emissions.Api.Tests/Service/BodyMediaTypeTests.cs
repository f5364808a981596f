using System.Net;
using System.Text;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Service;

/// <summary>
/// A body of a media type an endpoint does not read is 415 naming what it does read: the calculation and the check
/// read JSON, CSV and XLSX (CONTRACT "Spreadsheets"), so their 415 must not send a CSV user to JSON only.
/// </summary>
public sealed class BodyMediaTypeTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Theory]
    [InlineData("/v1/checks")]
    [InlineData("/v1/calculations")]
    public async Task A_text_plain_body_is_told_that_json_csv_and_a_workbook_are_read(string path)
    {
        var response = await fixture.Factory.CreateClient().PostAsync(path, new StringContent("{}", Encoding.UTF8, "text/plain"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type", "Content-Type");
        Assert.Equal("text/plain; charset=utf-8", problem.GetProperty("value").GetString());
        Assert.Equal($"application/json, text/csv or {Xlsx}", problem.GetProperty("expected").GetString());
        Assert.DoesNotContain("application/json", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_of_an_unknown_media_type_is_406_whose_title_does_not_contradict_the_workbook_it_offers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/checks") { Content = Wire.Body(Repository.Read("tests/fixtures/kuaishou-2020/report.json")) };
        request.Headers.Add("Accept", "application/xml");

        var problem = await ProblemAssert.IsProblemAsync(await fixture.Factory.CreateClient().SendAsync(request), HttpStatusCode.NotAcceptable, "not-acceptable", "Accept");

        Assert.Equal($"application/json, text/csv or {Xlsx}", problem.GetProperty("expected").GetString());
        Assert.DoesNotContain("application/json or text/csv", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
