using System.Text.Json;

namespace Emissions.Verification.Checking;

/// <summary>
/// The implied values, attributions and explanation of one check, worked out when first read and then kept: the verdict
/// never depends on them, and one object per check replaces a lazy value and a delegate per property.
/// </summary>
/// <remarks>Two threads reading at once may both work them out; either result is the same, and one is kept.</remarks>
internal abstract class CheckDiagnostics
{
    private Solution? _solved;
    private string? _explanation;

    public IReadOnlyList<ImpliedValue> Implied => Solved.Values;

    public IReadOnlyList<FactorAttribution> Attribution => Solved.Attribution;

    public string Explanation => _explanation ??= Render();

    private Solution Solved => _solved ??= Solve();

    /// <summary>The explanation as a JSON string property; a check whose prose is already UTF-8 writes it without a string.</summary>
    public virtual void WriteExplanation(Utf8JsonWriter writer, JsonEncodedText name) => writer.WriteString(name, Explanation);

    protected abstract Solution Solve();

    protected abstract string Render();

    /// <summary>The values that would make the relation hold, and the library factors the implied factors are attributed to.</summary>
    internal sealed record Solution(IReadOnlyList<ImpliedValue> Values, IReadOnlyList<FactorAttribution> Attribution)
    {
        public static readonly Solution None = new([], []);
    }
}
