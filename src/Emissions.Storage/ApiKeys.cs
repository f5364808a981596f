using System.Security.Cryptography;
using System.Text;

namespace Emissions.Storage;

/// <summary>
/// Keys are "em_" + 32 random bytes in base64url; the store keeps sha256(key) in hex. A key has
/// full entropy, so a plain (unsalted) hash is enough and lets a request find its key by hash.
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "em_";

    public static string Generate()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Prefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Enough of the key to tell keys apart in logs and audit columns, not enough to use it.</summary>
    public static string PrefixOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length <= 11 ? key : key[..11];
    }

    public static string ToWire(ApiKeyRole role) => role switch
    {
        ApiKeyRole.Submitter => "submitter",
        ApiKeyRole.Auditor => "auditor",
        ApiKeyRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParseRole(string? text, out ApiKeyRole role)
    {
        switch (text)
        {
            case "submitter": role = ApiKeyRole.Submitter; return true;
            case "auditor": role = ApiKeyRole.Auditor; return true;
            case "admin": role = ApiKeyRole.Admin; return true;
            default: role = default; return false;
        }
    }
}
