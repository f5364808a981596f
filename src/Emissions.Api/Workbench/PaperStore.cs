using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace Emissions.Api.Workbench;

/// <summary>
/// The check requests the Check page answered, kept by the sha256 of their CONTRACT JSON for an hour after last use, so that
/// the working paper is a plain link (GET /workbench/papers/{sha256}) the browser saves under its own file name — no
/// request carried back in the page. Bounded (64 MiB of requests); a paper no longer held is 410 with what to do.
/// Held in this process: behind a load balancer without sticky sessions a download may land on another replica and be told to check again.
/// </summary>
internal sealed class PaperStore : IDisposable
{
    private static readonly TimeSpan Kept = TimeSpan.FromHours(1);
    private readonly MemoryCache _requests = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });

    /// <summary>Keeps the request; its key (64 lowercase hex digits).</summary>
    public string Keep(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var hash = Convert.ToHexStringLower(SHA256.HashData(json));
        _requests.Set(hash, json, new MemoryCacheEntryOptions { Size = json.Length, SlidingExpiration = Kept });
        return hash;
    }

    public byte[]? Find(string hash) => _requests.TryGetValue(hash, out byte[]? json) ? json : null;

    public void Dispose() => _requests.Dispose();
}
