using System.Net;
using System.Text;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Wired;

/// <summary>
/// Page routes that fail answer a readable page to a browser (Accept: text/html) and an RFC 9457 problem document to any other
/// client — never a 500 and never HTML to an API client.
/// </summary>
public sealed class PageProblemTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    [Fact]
    public async Task A_json_body_posted_to_the_check_page_is_415_a_page_for_a_browser_and_a_problem_for_an_api_client()
    {
        using var browser = PageSession.Browser(fixture.Factory);
        using var api = fixture.Factory.CreateClient();

        using var page = await browser.PostAsync("/workbench/check", Wire.Body("""{"figures": []}"""));
        using var problem = await api.PostAsync("/workbench/check", Wire.Body("""{"figures": []}"""));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("this page takes a form, not &#x27;application/json", html, StringComparison.Ordinal);
        Assert.Contains("Request id / 请求编号", html, StringComparison.Ordinal);
        var document = await ProblemAssert.IsProblemAsync(problem, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type", "Content-Type");
        Assert.Contains("multipart/form-data", document.GetProperty("expected").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/workbench/check", "POST")]
    [InlineData("PUT", "/workbench/calculate", "POST")]
    [InlineData("POST", "/", "GET")]
    [InlineData("DELETE", "/submissions/0123456789abcdef0123456789abcdef", "GET")]
    public async Task A_method_a_page_does_not_serve_is_405_a_page_for_a_browser_and_a_problem_for_an_api_client(string method, string path, string allowed)
    {
        using var browser = PageSession.Browser(fixture.Factory);
        using var api = fixture.Factory.CreateClient();

        using var page = await browser.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        using var problem = await api.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"the route does not serve {method} {path}", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Field / 字段</dt><dd><code>method</code></dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Expected / 应为</dt><dd>one of {allowed}</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Request id / 请求编号", html, StringComparison.Ordinal);
        var document = await ProblemAssert.IsProblemAsync(problem, HttpStatusCode.MethodNotAllowed, "method-not-allowed", "method");
        Assert.Equal($"one of {allowed}", document.GetProperty("expected").GetString());
    }

    [Fact]
    public async Task A_method_an_api_route_does_not_serve_is_a_problem_document_even_for_a_browser()
    {
        using var browser = PageSession.Browser(fixture.Factory);

        using var response = await browser.GetAsync("/v1/calculations");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, "method-not-allowed", "method");
    }

    [Fact]
    public async Task A_broken_multipart_body_is_400_malformed_form_not_a_500()
    {
        using var api = fixture.Factory.CreateClient();
        using var body = new StringContent("--x\r\nContent-Disposition: form-data; name=\"paste\"\r\n\r\nno closing boundary", Encoding.UTF8);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        using var response = await api.PostAsync("/workbench/calculate", body);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "malformed-form", "body");
    }

    [Fact]
    public async Task A_bad_upload_is_a_problem_document_naming_the_cell_for_an_api_client()
    {
        using var api = fixture.Factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("id,value,unit\nenergy_total,n/a,MWh\n", Encoding.UTF8), "file", "bad.csv" } };

        using var response = await api.PostAsync("/workbench/check", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("bad.csv line 2 column B (value)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_activity_line_is_a_problem_document_naming_the_cell_for_an_api_client()
    {
        using var api = fixture.Factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent("kind,fuel,amount,unit\nfuel,diesel,about 900,t\n"), "file", "lines.csv" } };

        using var response = await api.PostAsync("/workbench/calculate", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lines.csv line 2 column C (amount)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
