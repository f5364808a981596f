using System.Text.Json;

namespace Emissions.Verification.Checking;

/// <summary>
/// The implied values, attributions and explanation of one check, worked out when first read and then kept: the verdict
/// never depends on them, and one object per check replaces a lazy value and a delegate per property.
/// </summary>
/// <remarks>
/// Two threads reading at once may both work them out; either result is the same, and one is kept. The values are
/// published after the attributions, so a reader that sees the values sees the attributions that go with them.
/// </remarks>
internal abstract class CheckDiagnostics
{
    private IReadOnlyList<ImpliedValue>? _implied;
    private IReadOnlyList<FactorAttribution> _attribution = [];
    private string? _explanation;

    public IReadOnlyList<ImpliedValue> Implied => Volatile.Read(ref _implied) ?? SolveOnce();

    public IReadOnlyList<FactorAttribution> Attribution
    {
        get
        {
            _ = Implied;
            return _attribution;
        }
    }

    public string Explanation => _explanation ??= Render();

    /// <summary>The explanation as a JSON string property; a check whose prose is already UTF-8 writes it without a string.</summary>
    public virtual void WriteExplanation(Utf8JsonWriter writer, JsonEncodedText name) => writer.WriteString(name, Explanation);

    /// <summary>The values that would make the relation hold, and the library factors the implied factors are attributed to.</summary>
    protected abstract IReadOnlyList<ImpliedValue> Solve(out IReadOnlyList<FactorAttribution> attribution);

    protected abstract string Render();

    // Kept in two fields rather than a record per check: the attributions first, then the values that publish them.
    private IReadOnlyList<ImpliedValue> SolveOnce()
    {
        var values = Solve(out var attribution);
        _attribution = attribution;
        Volatile.Write(ref _implied, values);
        return values;
    }
}
