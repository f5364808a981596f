namespace Emissions.Storage;

/// <summary>A write's Idempotency-Key: the key the client chose, what it was used for and the hash of the request it came with.</summary>
public sealed record IdempotencyKey(string Key, string Scope, string RequestHash);
