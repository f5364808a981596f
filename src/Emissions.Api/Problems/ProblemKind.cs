namespace Emissions.Api.Problems;

/// <summary>One kind of error: a stable type URI (never reused for another meaning), its HTTP status and a short title.</summary>
public sealed record ProblemKind(string Slug, int Status, string Title)
{
    public const string BaseUri = "https://emissions.dev/problems/";

    public string Type => BaseUri + Slug;
}
