using System.Net.Http.Headers;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// One request of the hostile corpus: garbage the service must refuse with a 4xx. Unlike <see cref="BadRequest"/> it
/// does not fix the problem's kind: the corpus is generated, and what it checks is that no such request gets a 2xx or
/// a 5xx or is refused without a problem naming the field (how the work it causes grows with its size:
/// <see cref="HostileScalingTests"/>). {id} in the path is a stored submission of the sender's organisation.
/// </summary>
public sealed record HostileRequest(string Name, string Method, string Path, byte[]? Body = null, string? ContentType = "application/json")
{
    /// <summary>The workbench's form posts answer a browser with an HTML page, not a problem document.</summary>
    public bool AnswersHtml => Path.StartsWith("/workbench/", StringComparison.Ordinal);

    /// <summary>The request as sent with <paramref name="key"/>, {id} replaced by <paramref name="submissionId"/>.</summary>
    public HttpRequestMessage ToMessage(string submissionId, string key)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path.Replace("{id}", submissionId, StringComparison.Ordinal));
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }
}
