namespace Emissions.Storage;

/// <summary>A new revision names a different kind than the submission has: a submission of inputs stays inputs.</summary>
public sealed class SubmissionKindMismatchException : Exception
{
    public SubmissionKindMismatchException()
    {
    }

    public SubmissionKindMismatchException(string message)
        : base(message)
    {
    }

    public SubmissionKindMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SubmissionKindMismatchException(string existing, string requested)
        : base($"the submission holds '{existing}'; a revision cannot change it to '{requested}'")
    {
        Existing = existing;
        Requested = requested;
    }

    public string? Existing { get; }

    public string? Requested { get; }
}
