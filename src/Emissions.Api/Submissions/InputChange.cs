namespace Emissions.Api.Submissions;

/// <summary>One input value (a JSON leaf of the stored document, by its path) that differs between two revisions; null where a revision lacks it.</summary>
public sealed record InputChange(string Path, string? From, string? To)
{
    public string What => From is null ? "added" : To is null ? "removed" : "changed";
}
