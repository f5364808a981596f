namespace Emissions.Factors.Loading;

/// <summary>One problem in the factor data: the file, the JSON path inside it (empty for a whole-file problem) and what is wrong.</summary>
/// <param name="File">The file, relative to its factor directory (or the source name given to <see cref="FactorLibrary.ValidateSet"/>).</param>
/// <param name="Path">The JSON path inside the file, e.g. <c>$.factors[3].value</c>; empty when the whole file is at fault.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record FactorLibraryError(string File, string Path, string Message)
{
    /// <summary>"file: path: message" (without the path for a whole-file problem), as the loader's error lists it.</summary>
    public override string ToString() => Path.Length == 0 ? $"{File}: {Message}" : $"{File}: {Path}: {Message}";
}
