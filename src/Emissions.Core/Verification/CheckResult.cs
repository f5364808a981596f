using System.Buffers;
using System.Text.Json;
using Emissions.Verification.Checking;

namespace Emissions.Verification;

/// <summary>
/// One relation evaluated for one figure (CONTRACT "checks" entry). <see cref="Figure"/> names the figure checked (its id,
/// else its metric id); <see cref="Metric"/> is the figure's catalogue metric id, null for a figure with only an id.
/// Before 0.6.0 <c>Metric</c> held what <see cref="Figure"/> holds (CHANGELOG.md).
/// </summary>
public sealed record CheckResult(
    string Relation,
    string Figure,
    string? Period,
    string? Site,
    string Formula,
    Verdict Verdict,
    ValueView Reported,
    ValueView? Recomputed,
    DeviationView? Deviation,
    bool Material,
    IReadOnlyList<ImpliedValue> Implied)
{
    /// <summary>The catalogue metric id of the figure checked (e.g. <c>ghg.total.per-employee</c>); null when the figure has only an id.</summary>
    public string? Metric { get; init; }

    // An auditor's relation keeps its two parts and puts "metric = formula" together only when read or written: one
    // string per custom relation and request was ~5 % of a 1,000-relation check's allocation. Built on each read, not
    // kept (a check is written once); equality compares the text either way (Equals below).
    private readonly string? _formula = Formula;
    private readonly CustomRelation? _formulaOf;

    /// <summary>The relation as "metric = formula" (CONTRACT "formula").</summary>
    public string Formula
    {
        get => _formula ?? FormulaTextOf(_formulaOf!);
        init
        {
            _formula = value;
            _formulaOf = null;
        }
    }

    /// <summary>An auditor's relation whose "metric = formula" <see cref="Formula"/> is, put together when read.</summary>
    internal CustomRelation? FormulaOf
    {
        init
        {
            if (value is not null)
            {
                _formulaOf = value;
                _formula = null;
            }
        }
    }

    /// <summary>"metric = formula" of an auditor's relation.</summary>
    internal static string FormulaTextOf(CustomRelation relation) => $"{relation.Metric} = {relation.FormulaText}";

    /// <summary><see cref="Formula"/> as a JSON string property, an auditor's relation's written from its parts.</summary>
    internal void WriteFormula(Utf8JsonWriter writer, JsonEncodedText name)
    {
        if (_formula is { } formula)
        {
            writer.WriteString(name, formula);
            return;
        }

        var relation = _formulaOf!;
        var length = relation.Metric.Length + 3 + relation.FormulaText.Length;
        char[]? rented = null;
        Span<char> text = length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(length));
        relation.Metric.CopyTo(text);
        " = ".CopyTo(text[relation.Metric.Length..]);
        relation.FormulaText.CopyTo(text[(relation.Metric.Length + 3)..]);
        writer.WriteString(name, text[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private readonly IReadOnlyList<ImpliedValue> _implied = Implied;
    private readonly IReadOnlyList<FactorAttribution> _attribution = [];
    private readonly string _explanation = string.Empty;
    private readonly CheckDiagnostics? _diagnostics;

    /// <summary>The value of each unknown that would make the relation hold exactly; solved on first read.</summary>
    public IReadOnlyList<ImpliedValue> Implied
    {
        get => _diagnostics is { } d ? d.Implied : _implied;
        init => _implied = value;
    }

    /// <summary>
    /// For a relation unverifiable for want of one factor, or discrepant with the factors used: the library
    /// factors that explain the implied factor (and the nearest that do not); worked out on first read.
    /// </summary>
    public IReadOnlyList<FactorAttribution> Attribution
    {
        get => _diagnostics is { } d ? d.Attribution : _attribution;
        init => _attribution = value;
    }

    /// <summary>Why the verdict is what it is, in prose; rendered on first read.</summary>
    public string Explanation
    {
        get => _diagnostics is { } d ? d.Explanation : _explanation;
        init => _explanation = value;
    }

    /// <summary>The explanation as a JSON string property, written from its UTF-8 prose where it has one.</summary>
    internal void WriteExplanation(Utf8JsonWriter writer, JsonEncodedText name)
    {
        if (_diagnostics is { } d)
        {
            d.WriteExplanation(writer, name);
        }
        else
        {
            writer.WriteString(name, _explanation);
        }
    }

    /// <summary>Where <see cref="Implied"/>, <see cref="Attribution"/> and <see cref="Explanation"/> come from when they are worked out on first read.</summary>
    internal CheckDiagnostics? Diagnostics
    {
        init => _diagnostics = value;
    }

    /// <summary>This check with one more line of explanation (the diagnostics are worked out now, and kept).</summary>
    internal CheckResult WithExplanationLine(string line) =>
        this with { Diagnostics = null, Implied = Implied, Attribution = Attribution, Explanation = $"{Explanation}\n{line}" };

    /// <summary>For a discrepancy when the request gave options.uncertainty: whether the inputs' combined uncertainty covers the gap.</summary>
    public UncertaintyVerdict? Uncertainty { get; init; }

    /// <summary>For "about" and "nearly" figures: what the face-value recomputation prints as at the printed precision, and the verdict if the figure were exact.</summary>
    public ExactReading? IfExact { get; init; }

    /// <summary>
    /// Equal when every value is: the formula as text (whether kept as a string or as an auditor's relation's parts),
    /// the diagnostics as read, and the lists element by element. The compiler's equality compared the storage fields,
    /// so a check and its copy with the formula given as text compared unequal.
    /// </summary>
    public bool Equals(CheckResult? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Relation == other.Relation
            && Figure == other.Figure
            && Period == other.Period
            && Site == other.Site
            && Verdict == other.Verdict
            && Material == other.Material
            && Metric == other.Metric
            && Equals(Reported, other.Reported)
            && Equals(Recomputed, other.Recomputed)
            && Equals(Deviation, other.Deviation)
            && Equals(Uncertainty, other.Uncertainty)
            && Equals(IfExact, other.IfExact)
            && Formula == other.Formula
            && Explanation == other.Explanation
            && Implied.SequenceEqual(other.Implied)
            && Attribution.SequenceEqual(other.Attribution));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Relation, Figure, Period, Site, Verdict, Metric, Formula);
}

/// <summary>A value with its unit and interval, all in the checked figure's printed unit; null ends are unbounded.</summary>
public sealed record ValueView(decimal? Value, string Unit, decimal? Low, decimal? High, bool LowInclusive, bool HighInclusive)
{
    /// <summary>The printed qualifier that widened the interval ("about", "over"), or null for an exact figure.</summary>
    public string? Qualifier { get; init; }
}

/// <summary>Printed minus recomputed (face values), in the figure's unit, and relative to the recomputed value.</summary>
public sealed record DeviationView(decimal Absolute, string Unit, decimal? Relative);

/// <summary>The value one unknown would need for the relation to hold exactly, and its range over the printed intervals.</summary>
/// <remarks>
/// A value type (a class in 0.6.0 and before): a check's implied values are one array of them, not an array of references to
/// ~2,200 objects per 500-figure request.
/// </remarks>
public readonly record struct ImpliedValue(string Name, decimal Value, string Unit, decimal? Low = null, decimal? High = null);

/// <summary>What an "about" or "nearly" figure's face-value recomputation prints as, and the verdict it would get were the figure exact.</summary>
/// <param name="PrintsAs">The recomputed value rounded to the printed precision.</param>
/// <param name="Verdict">The verdict if the figure were printed without its qualifier.</param>
public sealed record ExactReading(decimal PrintsAs, Verdict Verdict);
