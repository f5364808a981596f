namespace Emissions.Storage;

/// <summary>A page of an organisation's submissions (latest revision of each), optionally for one period, in creation order.</summary>
public sealed record SubmissionQuery(string OrganizationId, string? Period = null, string? After = null, int Limit = 100);
