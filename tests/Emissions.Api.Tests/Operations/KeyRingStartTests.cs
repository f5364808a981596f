using System.Net;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Operations;

/// <summary>
/// The data-protection key ring (the pages' session cookie and anti-forgery tokens) is read by the first request that
/// needs it, not while the service starts (ADR 0031): a start and its /healthz leave an empty keys directory, the first
/// sign-in form writes the key.
/// </summary>
public sealed class KeyRingStartTests : IDisposable
{
    private readonly string keys = Path.Combine(Directory.CreateTempSubdirectory("emissions-keys-").FullName, "keys");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(keys)!, recursive: true);

    [Fact]
    public async Task A_start_and_its_health_answer_leave_the_key_ring_unread_and_the_first_sign_in_form_writes_a_key()
    {
        await using var service = await ServiceProcess.StartAsync(new Dictionary<string, string>
        {
            ["DataProtection__KeysDirectory"] = keys,
            ["RateLimit__Enabled"] = "false",
        });
        using var client = new HttpClient { BaseAddress = service.Address };

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Empty(KeyFiles());

        using var form = await client.GetAsync(new Uri("/submissions/sign-in", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("__RequestVerificationToken", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(KeyFiles());
    }

    private string[] KeyFiles() => Directory.Exists(keys) ? Directory.GetFiles(keys, "key-*.xml") : [];
}
