using System.Net;
using System.Text;
using Emissions.Api.Problems;
using Emissions.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

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

    [Theory]
    [InlineData("POST", "/v1/checks", "application/json, text/csv or " + Xlsx, "one of the media types")]
    [InlineData("POST", "/v1/attributions", "application/json", "the media type")]
    [InlineData("PUT", "/v1/submissions/s-1", "application/json", "the media type")]
    [InlineData("POST", "/v1/factor-sets", "application/json", "the media type")]
    public async Task Every_refusal_of_a_route_names_what_that_route_reads_the_same_each_time(string method, string path, string expected, string phrase)
    {
        var client = fixture.Factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "text/plain") };

            var problem = await ProblemAssert.IsProblemAsync(await client.SendAsync(request), HttpStatusCode.UnsupportedMediaType, "unsupported-media-type", "Content-Type");

            Assert.Equal(expected, problem.GetProperty("expected").GetString());
            Assert.Equal($"Content-Type 'text/plain; charset=utf-8' is not {phrase} {method} {path} reads", problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Every_route_that_reads_a_body_declares_its_413_and_415_in_the_openapi_document()
    {
        var document = await Wire.ReadAsync(await fixture.Factory.CreateClient().GetAsync("/openapi/v1.json"));

        var undeclared = new List<string>();
        var reading = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == System.Text.Json.JsonValueKind.Object && o.Value.TryGetProperty("requestBody", out _)))
            {
                reading++;
                var responses = operation.Value.GetProperty("responses");
                undeclared.AddRange(new[] { "413", "415" }.Where(status => !responses.TryGetProperty(status, out _))
                    .Select(status => $"{operation.Name.ToUpperInvariant()} {path.Name} {status}"));
            }
        }

        Assert.True(reading >= 5, $"{reading} routes read a body");
        Assert.Empty(undeclared);
    }

    [Fact]
    public void The_routes_media_types_are_read_once_per_endpoint_source()
    {
        var source = fixture.Factory.Services.GetRequiredService<EndpointDataSource>();

        var first = AcceptedMediaTypes.Of(source);

        Assert.Same(first, AcceptedMediaTypes.Of(source));
        Assert.Equal(["application/json", "text/csv", Xlsx], first.For("post", "/v1/calculations"));
        Assert.Empty(first.For("GET", "/v1/calculations"));
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
