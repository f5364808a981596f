namespace Emissions.Api.Options;

public sealed class FactorsOptions
{
    /// <summary>
    /// Folders of factor data to load (the shipped factors/ first, then any extra directories).
    /// Empty: the shipped factors/ folder found next to the application or above the working directory.
    /// </summary>
    public IList<string> Directories { get; } = [];
}
