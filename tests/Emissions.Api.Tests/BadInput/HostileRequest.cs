namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// One request of the hostile corpus: garbage the service must refuse quickly with a 4xx. Unlike
/// <see cref="BadRequest"/> it does not fix the problem's kind: the corpus is generated, and what it checks is
/// that no such request gets a 2xx or a 5xx, takes a second, or is refused without a problem naming the field.
/// {id} in the path is a stored submission of the sender's organisation.
/// </summary>
public sealed record HostileRequest(string Name, string Method, string Path, byte[]? Body = null, string? ContentType = "application/json")
{
    /// <summary>The workbench's form posts answer a browser with an HTML page, not a problem document.</summary>
    public bool AnswersHtml => Path.StartsWith("/workbench/", StringComparison.Ordinal);
}
