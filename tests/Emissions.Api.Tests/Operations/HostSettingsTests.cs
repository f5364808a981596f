using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Operations;

/// <summary>
/// The host settings an operator gives the service process, which only the host builder reads: HTTPS endpoints and
/// certificates from Kestrel:*, AllowedHosts, ASPNETCORE_FORWARDEDHEADERS_ENABLED. Any change of host builder (ADR 0028
/// tried an empty one) must keep them.
/// </summary>
public sealed partial class HostSettingsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("emissions-host-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task An_https_endpoint_configured_under_Kestrel_serves_with_the_configured_certificate()
    {
        using var certificate = SelfSigned();
        var pfx = Path.Combine(folder, "service.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "secret"));
        await using var service = await ServiceProcess.StartAsync(new Dictionary<string, string>
        {
            ["Kestrel__Endpoints__Plain__Url"] = "http://127.0.0.1:0",
            ["Kestrel__Endpoints__Secure__Url"] = "https://127.0.0.1:0",
            ["Kestrel__Endpoints__Secure__Certificate__Path"] = pfx,
            ["Kestrel__Endpoints__Secure__Certificate__Password"] = "secret",
        });
        var secure = new Uri(HttpsListeningLine().Match(service.Output).Groups["address"].Value);

        byte[]? presented = null;
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, served, _, _) =>
            {
                presented = served?.RawData;
                return presented is not null && presented.AsSpan().SequenceEqual(certificate.RawData);
            },
        };
        using var client = new HttpClient(handler) { BaseAddress = secure };
        var answer = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(certificate.RawData, presented);
    }

    [Fact]
    public async Task A_host_not_in_AllowedHosts_is_refused_and_a_listed_one_served()
    {
        await using var service = await ServiceProcess.StartAsync(new Dictionary<string, string>
        {
            ["AllowedHosts"] = "127.0.0.1;emissions.example",
        });
        using var client = new HttpClient { BaseAddress = service.Address };

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(WithHost("emissions.example"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(WithHost("elsewhere.example"))).StatusCode);
    }

    [Fact]
    public async Task Without_AllowedHosts_every_host_is_served()
    {
        await using var service = await ServiceProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = service.Address };

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(WithHost("elsewhere.example"))).StatusCode);
    }

    [Theory]
    [InlineData("true", "https://")]
    [InlineData("false", "http://")]
    public async Task A_proxy_s_forwarded_scheme_is_used_only_when_forwarded_headers_are_enabled(string enabled, string redirectScheme)
    {
        await using var service = await ServiceProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = enabled,
        });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = service.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/submissions");
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.Add("X-Forwarded-Proto", "https");

        // The sign-in redirect is an absolute address built from the request's scheme.
        var answer = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith(redirectScheme + service.Address.Authority + "/submissions/sign-in", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static HttpRequestMessage WithHost(string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = host;
        return request;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }

    [GeneratedRegex(@"Now listening on: (?<address>https://127\.0\.0\.1:[0-9]+)")]
    private static partial Regex HttpsListeningLine();
}
