using System.Net;
using System.Text.Json;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;
using Emissions.Storage;
using static Emissions.Api.Tests.Infrastructure.PageSession;

namespace Emissions.Api.Tests.Wired;

/// <summary>
/// The Submissions pages over the real modules: an API key posted in the sign-in form opens a cookie session; the
/// organisation's submissions, revisions, results pinned to their factor-set hash and the diff of two revisions are pages;
/// wrong, revoked and expired keys are told so; one organisation never sees another's.
/// </summary>
public sealed class SubmissionPagesTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private ApiFactory Factory => fixture.Factory;

    private static async Task<string> StoreAsync(HttpClient api, params string[] revisions)
    {
        var id = (await Wire.ReadAsync(await api.PostAsync("/v1/submissions", Wire.Body(revisions[0])))).GetProperty("id").GetString()!;
        foreach (var next in revisions.Skip(1))
        {
            await Wire.ReadAsync(await api.PutAsync($"/v1/submissions/{id}", Wire.Body(next)));
        }

        return id;
    }

    [Fact]
    public async Task Signing_in_with_a_key_sets_an_httponly_samesite_strict_session_cookie_and_lists_the_organisations_submissions()
    {
        var (api, organization, key) = await Factory.NewOrganizationAsync();
        var id = await StoreAsync(api, KuaishouRevisions.First, KuaishouRevisions.Second);
        using var browser = PageSession.Browser(Factory);

        using var signedIn = await SignInAsync(browser, key);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/submissions", signedIn.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("emissions-session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(key, cookie, StringComparison.Ordinal);
        var html = await browser.GetStringAsync("/submissions");
        Assert.Contains($"<strong id=\"organization\">{organization}</strong>", html, StringComparison.Ordinal);
        var row = Row(html, "data-submission", id);
        Assert.Contains("inputs / 活动数据", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">2</td>", row, StringComparison.Ordinal); // two revisions
        Assert.Contains("cn-2020", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_cookie_is_marked_secure_when_the_page_is_served_over_https()
    {
        var (_, _, key) = await Factory.NewOrganizationAsync();
        using var browser = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"),
        });
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var signedIn = await SignInAsync(browser, key);

        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("emissions-session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_key_is_told_on_the_sign_in_page_with_401_not_a_500()
    {
        using var browser = PageSession.Browser(Factory);

        using var response = await SignInAsync(browser, "em_not-a-key-anyone-made");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Not signed in: the API key is not known", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"key\"", html, StringComparison.Ordinal); // the form again, to try another key
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("emissions-session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_revoked_key_cannot_sign_in_and_revoking_it_ends_the_sessions_it_opened()
    {
        var (browser, _, organization, key) = await NewSignedInAsync(Factory);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/submissions")).StatusCode);

        await Factory.Store.RevokeKeyAsync(organization, ApiKeys.PrefixOf(key));

        using var ended = await browser.GetAsync("/submissions");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/submissions/sign-in?returnUrl=%2Fsubmissions&ended=key", ended.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("the API key it was opened with has been revoked or has expired",
            await browser.GetStringAsync(ended.Headers.Location!.PathAndQuery), StringComparison.Ordinal);
        using var again = await SignInAsync(browser, key);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Contains($"the API key {ApiKeys.PrefixOf(key)}… was revoked at", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_key_is_refused_naming_when_it_expired()
    {
        var key = ApiKeys.Generate();
        await Factory.Store.InsertKeyAsync(new ApiKeyRecord(ApiKeys.Hash(key), ApiKeys.PrefixOf(key), "org-expired", ApiKeyRole.Auditor, DateTimeOffset.UtcNow.AddDays(-2))
        {
            ExpiresAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });
        using var browser = PageSession.Browser(Factory);

        using var response = await SignInAsync(browser, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains($"the API key {ApiKeys.PrefixOf(key)}… expired at 2026-01-01T00:00:00Z", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_forms_anti_forgery_token_is_refused_with_400()
    {
        var (_, _, key) = await Factory.NewOrganizationAsync();
        using var browser = PageSession.Browser(Factory);

        using var response = await browser.PostAsync("/submissions/sign-in", new FormUrlEncodedContent([new("key", key)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("anti-forgery token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var (browser, _, _, _) = await NewSignedInAsync(Factory);
        var page = await browser.GetStringAsync("/submissions");

        using var signedOut = await browser.PostAsync("/submissions/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(page))]));

        Assert.Equal("/submissions/sign-in?signedOut=1", signedOut.Headers.Location?.OriginalString);
        using var after = await browser.GetAsync("/submissions");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/submissions/sign-in", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_session_a_browser_is_sent_to_sign_in_and_an_api_client_gets_a_401_problem()
    {
        using var browser = PageSession.Browser(Factory);
        using var api = Factory.CreateClient();

        using var redirected = await browser.GetAsync("/submissions/series");
        using var refused = await api.GetAsync("/submissions/series");

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/submissions/sign-in?returnUrl=%2Fsubmissions%2Fseries", redirected.Headers.Location?.PathAndQuery);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized, "missing-api-key", "Cookie");
    }

    [Fact]
    public async Task Another_organisations_submission_is_not_found_on_every_page_and_absent_from_the_list()
    {
        var (owner, _, _) = await Factory.NewOrganizationAsync();
        var id = await StoreAsync(owner, KuaishouRevisions.First, KuaishouRevisions.Second);
        var (stranger, _, _, _) = await NewSignedInAsync(Factory);

        Assert.DoesNotContain(id, await stranger.GetStringAsync("/submissions"), StringComparison.Ordinal);
        foreach (var path in new[] { $"/submissions/{id}", $"/submissions/{id}/revisions/1", $"/submissions/{id}/revisions/2/paper", $"/submissions/{id}/diff?from=1&to=2" })
        {
            using var response = await stranger.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"there is no submission &#x27;{id}&#x27;", html, StringComparison.Ordinal);
            // Nothing of the owner's figures. The page echoes the random hex id, which can hold any run of digits
            // ("20256" about once in 37,000 ids): the id is taken out before looking for the figures.
            var withoutId = html.Replace(id, "{id}", StringComparison.Ordinal);
            Assert.DoesNotContain("715200", withoutId, StringComparison.Ordinal);
            Assert.DoesNotContain("715,200", withoutId, StringComparison.Ordinal);
            Assert.DoesNotContain("20256", withoutId, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(id, await stranger.GetStringAsync("/submissions/series"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_diff_of_two_revisions_shows_the_added_heat_and_the_exact_change_of_indirect_energy()
    {
        var (browser, api, _, _) = await NewSignedInAsync(Factory);
        var id = await StoreAsync(api, KuaishouRevisions.First, KuaishouRevisions.Second);
        var revisions = await browser.GetStringAsync($"/submissions/{id}");
        Assert.Contains("<option value=\"1\" selected>", revisions, StringComparison.Ordinal);

        var html = await browser.GetStringAsync($"/submissions/{id}/diff?from=1&to=2");

        var heat = Row(html, "data-input", "$.heat[0].amount");
        Assert.Contains("<td>—</td><td>20,256.68 吉焦</td><td>added / 新增</td>", heat, StringComparison.Ordinal);
        Assert.DoesNotContain("data-input=\"$.electricity[0].amount\"", html, StringComparison.Ordinal);

        // 20,256.68 GJ ÷ 3.6 GJ/MWh = 5,626.8555… MWh more indirect energy: 0.787 % of 715,200.83 MWh.
        var indirect = Row(html, "data-metric", "energy.indirect");
        Assert.Contains("<td class=\"num from\">715200.83</td>", indirect, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num to\">720827.685555555555555555555", indirect, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num change\">&#x2B;5626.855555555555555555555", indirect, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num percent\">&#x2B;0.787 %</td>", indirect, StringComparison.Ordinal);
        Assert.DoesNotContain("data-metric=\"energy.electricity\"", html, StringComparison.Ordinal); // unchanged, so not listed
        Assert.Matches("[0-9]+ of [0-9]+ metrics changed; [1-9][0-9]* are the same in both revisions", html);
    }

    [Fact]
    public async Task Results_are_pinned_to_the_factor_set_and_content_hash_the_revision_was_stored_with()
    {
        var (browser, api, _, _) = await NewSignedInAsync(Factory);
        var id = await StoreAsync(api, KuaishouRevisions.First);
        var hash = (await Wire.ReadAsync(await api.GetAsync("/v1/factor-sets/cn-2020"))).GetProperty("contentHash").GetString()!;

        var html = await browser.GetStringAsync($"/submissions/{id}/revisions/1");

        Assert.Contains($"cn-2020, content hash <code id=\"pinned-hash\">{hash}</code>", html, StringComparison.Ordinal);
        Assert.Contains($"cn-2020, content hash <code id=\"computed-hash\">{hash}</code> — the pinned set, unchanged", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">715200.83</td>", Row(html, "data-metric", "energy.electricity"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revisions_workbook_downloads_under_a_file_name_and_reopens_with_its_metrics()
    {
        var (browser, api, _, _) = await NewSignedInAsync(Factory);
        var id = await StoreAsync(api, KuaishouRevisions.First);

        using var response = await browser.GetAsync($"/submissions/{id}/revisions/1/paper");

        Assert.Equal(Emissions.Spreadsheets.WorkingPaper.MediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"results-2020-{id[^8..]}-r1.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        var sheets = Emissions.Spreadsheets.XlsxWorkbookReader.Read(await response.Content.ReadAsStreamAsync(), "results.xlsx");
        Assert.Contains(sheets.SelectMany(s => s.Rows).SelectMany(r => r.Cells), c => c.Text == "715200.83");
    }

    [Fact]
    public async Task A_report_submissions_diff_lists_the_restated_figure_and_its_verdicts()
    {
        // Kuaishou 2020 ESG report: 69.44 萬噸 and 21,499 people print 32.30 噸/人; a restated 32.50 is discrepant.
        const string printed = """{"kind": "report", "period": "2020", "document": {"figures": [{"metric": "ghg.total", "value": "69.44", "unit": "萬噸"}, {"metric": "org.headcount", "value": "21,499", "unit": "人"}, {"metric": "ghg.total.per-employee", "value": "PER", "unit": "噸/人"}]}}""";
        var (browser, api, _, _) = await NewSignedInAsync(Factory);
        var id = await StoreAsync(api, printed.Replace("PER", "32.30", StringComparison.Ordinal), printed.Replace("PER", "32.50", StringComparison.Ordinal));

        var html = await browser.GetStringAsync($"/submissions/{id}/diff?from=1&to=2");

        var row = Row(html, "data-figure", "ghg.total.per-employee");
        Assert.Contains("<td class=\"from\">32.30 噸/人</td><td class=\"to\">32.50 噸/人</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td>reproduced</td><td>discrepant", row, StringComparison.Ordinal);
        Assert.Contains("<td>32.30</td><td>32.50</td>", Row(html, "data-input", "$.figures[2].value"), StringComparison.Ordinal);
        Assert.Contains("no factor set: the printed figures are checked against each other", await browser.GetStringAsync($"/submissions/{id}/revisions/2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_revision_number_is_a_page_for_a_browser_and_a_problem_for_an_api_client()
    {
        var (browser, api, _, _) = await NewSignedInAsync(Factory);
        var id = await StoreAsync(api, KuaishouRevisions.First);

        using var page = await browser.GetAsync($"/submissions/{id}/diff?from=1&to=zwei");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("&#x27;to&#x27; is &#x27;zwei&#x27;, expected a whole number from 1", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        browser.DefaultRequestHeaders.Accept.Clear();
        browser.DefaultRequestHeaders.Accept.Add(PageSession.Json);
        await ProblemAssert.IsProblemAsync(await browser.GetAsync($"/submissions/{id}/diff?from=1&to=zwei"), HttpStatusCode.BadRequest, "invalid-parameter", "to");
        await ProblemAssert.IsProblemAsync(await browser.GetAsync($"/submissions/{id}/revisions/9"), HttpStatusCode.NotFound, "not-found", "n");
    }
}
