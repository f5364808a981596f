namespace Emissions.Factors.Loading;

/// <summary>The factor data did not load: every problem found, each naming its file and JSON path.</summary>
public sealed class FactorLibraryException : InvalidInputException
{
    /// <summary>Creates the error with no problems listed.</summary>
    public FactorLibraryException()
        : this([])
    {
    }

    /// <summary>Creates the error for a problem that is not in one file (no factors/ found, say).</summary>
    /// <param name="message">What is wrong.</param>
    public FactorLibraryException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the error for a problem that is not in one file, with the error that revealed it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The error that revealed it (an I/O error, say).</param>
    public FactorLibraryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates the error listing every problem found; the message has one line per problem.</summary>
    /// <param name="errors">The problems, each with its file and JSON path.</param>
    public FactorLibraryException(IReadOnlyList<FactorLibraryError> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, each naming its file and JSON path; empty when the message alone says what is wrong.</summary>
    public IReadOnlyList<FactorLibraryError> Errors { get; }

    /// <summary>The JSON path of the first problem (<c>$</c> for the document as a whole); <see langword="null"/> when there is none.</summary>
    public override string? Field => Errors.Count == 0 ? null : Errors[0].Path.Length == 0 ? "$" : Errors[0].Path;

    /// <summary>Every problem on one line, separated by semicolons: "factor data has 2 errors: …; …".</summary>
    public override string OneLineMessage => Errors.Count == 0
        ? base.OneLineMessage
        : $"factor data has {(Errors.Count == 1 ? "1 error" : $"{Errors.Count} errors")}: {string.Join("; ", Errors)}";

    private static string Format(IReadOnlyList<FactorLibraryError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        return $"factor data has {count}:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => "  " + e))}";
    }
}
