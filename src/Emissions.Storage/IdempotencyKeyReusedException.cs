namespace Emissions.Storage;

/// <summary>An Idempotency-Key already used by the organisation for a different request (another body or another target).</summary>
public sealed class IdempotencyKeyReusedException : Exception
{
    public IdempotencyKeyReusedException(string key)
        : base($"the Idempotency-Key '{key}' was already used for a different request; a retry must repeat the first request exactly, a new request needs a new key")
    {
        Key = key;
    }

    public IdempotencyKeyReusedException()
        : this("")
    {
    }

    public IdempotencyKeyReusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = "";
    }

    public string Key { get; }
}
