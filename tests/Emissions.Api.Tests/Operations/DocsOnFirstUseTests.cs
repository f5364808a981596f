using System.Net;
using Emissions.Api.Hosting;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Operations;

/// <summary>
/// The Swagger UI page is built by its first request, not at start (DocsOnFirstUse): every path Swashbuckle answers
/// still reaches it, every other one passes by it untouched.
/// </summary>
public sealed class DocsOnFirstUseTests(FakeServiceFixture fixture) : IClassFixture<FakeServiceFixture>
{
    [Theory]
    [InlineData("/docs")]
    [InlineData("/docs/")]
    [InlineData("/DOCS/index.html")]
    [InlineData("/docs/swagger-ui.css")]
    [InlineData("docs/index.js")]
    [InlineData("/docsX")]
    public void Every_path_under_the_prefix_in_any_case_goes_to_the_docs_middleware(string path) =>
        Assert.True(DocsOnFirstUse.MayServe(path, "docs"));

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/v1/checks")]
    [InlineData("/")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("//docs")]
    [InlineData("/doc")]
    [InlineData("/openapi/v1.json")]
    public void Paths_outside_the_prefix_pass_it_by(string? path) => Assert.False(DocsOnFirstUse.MayServe(path, "docs"));

    [Fact]
    public void A_prefix_given_with_its_leading_slash_matches_the_same_paths()
    {
        Assert.True(DocsOnFirstUse.MayServe("/docs/index.html", "/docs"));
        Assert.False(DocsOnFirstUse.MayServe("/healthz", "/docs"));
    }

    [Fact]
    public async Task The_page_its_script_and_its_style_sheet_are_served_with_the_configured_title()
    {
        using var client = fixture.Factory.CreateClient();
        using var page = await client.GetAsync(new Uri("/docs/index.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Emissions API</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var css = await client.GetAsync(new Uri("/docs/swagger-ui.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        using var missing = await client.GetAsync(new Uri("/docs/no-such-file.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_prefix_without_a_file_is_redirected_to_the_page()
    {
        using var client = fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var answer = await client.GetAsync(new Uri("/docs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, answer.StatusCode);
        Assert.Equal("docs/index.html", answer.Headers.Location?.OriginalString);
    }
}
