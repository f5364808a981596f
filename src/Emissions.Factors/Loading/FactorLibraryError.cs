namespace Emissions.Factors.Loading;

/// <summary>One problem in the factor data: the file, the JSON path inside it (empty for a whole-file problem) and what is wrong.</summary>
public sealed record FactorLibraryError(string File, string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? $"{File}: {Message}" : $"{File}: {Path}: {Message}";
}
