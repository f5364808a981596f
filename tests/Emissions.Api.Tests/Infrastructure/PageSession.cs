using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>A client that behaves like a browser on the workbench pages: asks for HTML, keeps cookies, does not follow redirects (tests read them).</summary>
public static partial class PageSession
{
    public static HttpClient Browser(ApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return client;
    }

    /// <summary>Posts the sign-in form with the token the form carries, as a browser would.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string key)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var form = await browser.GetStringAsync("/submissions/sign-in");
        return await browser.PostAsync("/submissions/sign-in", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(form)), new("key", key)]));
    }

    /// <summary>A browser signed in with a new organisation's key, and that organisation's API client.</summary>
    public static async Task<(HttpClient Browser, HttpClient Api, string Organization, string Key)> NewSignedInAsync(ApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var (api, organization, key) = await factory.NewOrganizationAsync();
        var browser = Browser(factory);
        using var signedIn = await SignInAsync(browser, key);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.StatusCode);
        return (browser, api, organization, key);
    }

    /// <summary>The anti-forgery token of the first form on the page.</summary>
    public static string Token(string html)
    {
        var match = TokenField().Match(html);
        Assert.True(match.Success, "the page has no anti-forgery field");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>One table row by its data attribute (data-metric="energy.indirect").</summary>
    public static string Row(string html, string attribute, string value)
    {
        var start = html.IndexOf($"<tr {attribute}=\"{value}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {attribute}={value}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    public static MediaTypeWithQualityHeaderValue Json { get; } = new("application/json");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
