using System.Net;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Workbench;

namespace Emissions.Api.Tests.Replicas;

/// <summary>
/// The session cookie and the forms' anti-forgery tokens are sealed with the DataProtection key ring: replicas that
/// share DataProtection:KeysDirectory read each other's, and a service with another directory treats them as absent
/// or forged — a browser is sent to sign in, an API client gets a 401 problem, a form post a 400 (README, Workbench).
/// </summary>
public sealed class SharedKeyRingTests(KeyRingFixture fixture) : IClassFixture<KeyRingFixture>
{
    [Fact]
    public async Task A_session_opened_on_one_replica_is_read_by_a_replica_sharing_its_keys_directory()
    {
        var session = await SignInAsync(fixture.First);

        using var page = await BrowserAsync(fixture.Sharing, session);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<strong id=\"organization\">org-key-ring</strong>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_form_from_one_replica_is_accepted_by_a_replica_sharing_its_keys_directory()
    {
        var (form, token) = await SignInFormAsync(fixture.First);

        using var signedIn = await PostSignInAsync(fixture.Sharing, form, token);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/submissions", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_service_with_another_keys_directory_treats_the_session_as_absent()
    {
        var session = await SignInAsync(fixture.First);

        using var browser = await BrowserAsync(fixture.Other, session);
        using var api = await SendAsync(fixture.Other, HttpMethod.Get, "/submissions", session, html: false);

        Assert.Equal(HttpStatusCode.Redirect, browser.StatusCode);
        Assert.Equal("/submissions/sign-in?returnUrl=%2Fsubmissions", browser.Headers.Location?.PathAndQuery);
        await ProblemAssert.IsProblemAsync(api, HttpStatusCode.Unauthorized, "missing-api-key", "Cookie");
    }

    [Fact]
    public async Task A_service_with_another_keys_directory_refuses_a_sign_in_form_from_the_others_with_400()
    {
        var (form, token) = await SignInFormAsync(fixture.First);

        using var refused = await PostSignInAsync(fixture.Other, form, token);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("anti-forgery token", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Signs in on <paramref name="replica"/>: the session cookie it sets, as a Cookie header value.</summary>
    private async Task<string> SignInAsync(ServiceProcess replica)
    {
        var (form, token) = await SignInFormAsync(replica);
        using var signedIn = await PostSignInAsync(replica, form, token);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return Cookie(signedIn, SessionDefaults.CookieName);
    }

    /// <summary>The sign-in form's anti-forgery cookie and the token in its page.</summary>
    private static async Task<(string Cookie, string Token)> SignInFormAsync(ServiceProcess replica)
    {
        using var form = await SendAsync(replica, HttpMethod.Get, SessionDefaults.SignInPath, cookie: null, html: true);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        return (Cookie(form, SessionDefaults.AntiforgeryCookieName), PageSession.Token(await form.Content.ReadAsStringAsync()));
    }

    private Task<HttpResponseMessage> PostSignInAsync(ServiceProcess replica, string formCookie, string token) =>
        SendAsync(replica, HttpMethod.Post, SessionDefaults.SignInPath, formCookie, html: true,
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("key", fixture.Key)]));

    private static Task<HttpResponseMessage> BrowserAsync(ServiceProcess replica, string session) =>
        SendAsync(replica, HttpMethod.Get, "/submissions", session, html: true);

    // Cookies are sent by hand: the replicas all listen on 127.0.0.1, so a cookie container would send each replica's
    // cookies to the others, which is what the tests decide case by case.
    private static async Task<HttpResponseMessage> SendAsync(ServiceProcess replica, HttpMethod method, string path, string? cookie, bool html, HttpContent? content = null)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = replica.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Accept.ParseAdd(html ? "text/html" : "application/json");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The cookie <paramref name="name"/> the response sets, as name=value.</summary>
    private static string Cookie(HttpResponseMessage response, string name)
    {
        var set = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        var cookie = set.Select(v => v.Split(';')[0]).FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal));
        Assert.True(cookie is not null, $"no {name} cookie in {string.Join(" | ", set)}");
        return cookie;
    }
}
