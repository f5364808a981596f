namespace Emissions.Factors.Loading;

/// <summary>The factor data did not load: every problem found, each naming its file and JSON path.</summary>
public sealed class FactorLibraryException : Exception
{
    public FactorLibraryException()
        : this([])
    {
    }

    public FactorLibraryException(string message)
        : base(message)
    {
        Errors = [];
    }

    public FactorLibraryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public FactorLibraryException(IReadOnlyList<FactorLibraryError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<FactorLibraryError> Errors { get; }

    private static string Format(IReadOnlyList<FactorLibraryError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        return $"factor data has {count}:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => "  " + e))}";
    }
}
