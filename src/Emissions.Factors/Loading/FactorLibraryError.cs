namespace Emissions.Factors.Loading;

/// <summary>One problem in the factor data: the file, the JSON path inside it (empty for a whole-file problem) and what is wrong.</summary>
/// <param name="File">The file, relative to its factor directory (or the source name given to <see cref="FactorLibrary.ValidateSet"/>).</param>
/// <param name="Path">The JSON path inside the file, e.g. <c>$.factors[3].value</c>; empty when the whole file is at fault.</param>
/// <param name="Message">What is wrong (and, where it says so, what was expected).</param>
public sealed record FactorLibraryError(string File, string Path, string Message)
{
    /// <summary>The value found at <see cref="Path"/> (a string as written, anything else as its JSON text); <see langword="null"/> when it is missing or no one value is at fault.</summary>
    public string? Value { get; init; }

    /// <summary>What would have been accepted at <see cref="Path"/>, never the reason; <see langword="null"/> when only the message can say.</summary>
    public string? Expected { get; init; }

    /// <summary>Whether <see cref="Message"/> already says what was expected (so <see cref="ToString"/> does not repeat <see cref="Expected"/>).</summary>
    public bool SaysExpected { get; init; }

    /// <summary>
    /// "file: path: message" (without the path for a whole-file problem), as the loader's error lists it, ending
    /// "; expected EXPECTED" when the message does not say it already.
    /// </summary>
    public override string ToString()
    {
        var expected = Expected is null || SaysExpected ? "" : $"; expected {Expected}";
        return Path.Length == 0 ? $"{File}: {Message}{expected}" : $"{File}: {Path}: {Message}{expected}";
    }
}
