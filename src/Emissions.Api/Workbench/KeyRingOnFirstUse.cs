namespace Emissions.Api.Workbench;

/// <summary>
/// The data-protection key ring, which seals the pages' session cookie and anti-forgery tokens, is read by the first
/// request that seals or opens one instead of at start (ADR 0031). ASP.NET Core registers a hosted service that reads
/// it while the host starts; reading it initialises OpenSSL for the random numbers of the key's encryptor, about 14 M of
/// the Native AOT start's 212 M instructions and 170 of its 3,500 page faults, and neither a check nor any other /v1
/// answer uses it. Its warnings (a keys directory that may not outlive the container, a key stored unencrypted) are
/// logged when it is first read, as they are when the ring is refreshed.
/// </summary>
internal static class KeyRingOnFirstUse
{
    private const string StartReader = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>Removes the hosted service that reads the key ring at start; call after every data-protection registration.</summary>
    public static IServiceCollection ReadKeyRingOnFirstUse(this IServiceCollection services)
    {
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IHostedService) && services[i].ImplementationType?.FullName == StartReader)
            {
                services.RemoveAt(i);
            }
        }

        return services;
    }
}
