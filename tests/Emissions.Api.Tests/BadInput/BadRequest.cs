namespace Emissions.Api.Tests.BadInput;

/// <summary>Who sends a corpus request.</summary>
public enum Sender
{
    Submitter,
    Auditor,
    Anonymous,
    UnknownKey,
    BasicAuth,
    TwoKeys,
}

/// <summary>
/// One refused request: method, path ({id} is an existing submission of the sender's organisation),
/// body (text, or raw bytes), content type, and the problem it must get.
/// </summary>
public sealed record BadRequest(
    string Name,
    string Method,
    string Path,
    string? Body,
    int Status,
    string Slug,
    string Field,
    string? ContentType = "application/json",
    Sender Sender = Sender.Submitter,
    string? Accept = null,
    byte[]? RawBody = null);
