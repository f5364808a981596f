using System.Net;

namespace Emissions.Api.Auth;

/// <summary>
/// Whose window a request counts against: its key's (by prefix), or for an anonymous request its address's. A value
/// compared field by field rather than a string built for every request ("ip:" + address, "key:" + prefix): finding
/// the window allocates nothing, and a key and an address can never name the same window.
/// </summary>
public readonly record struct RatePartition(string? KeyPrefix, IPAddress? Address)
{
    public static RatePartition For(Caller? caller, IPAddress? address) =>
        caller is null ? new RatePartition(null, address) : new RatePartition(caller.KeyPrefix, null);
}
