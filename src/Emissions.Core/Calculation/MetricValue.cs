using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>
/// A computed figure: metric id, exact value in its unit, optional site, and its trace.
/// </summary>
/// <remarks>
/// The trace is captured when the figure is computed — the formula and references to the immutable
/// inputs, metrics and factors it used — and rendered into a <see cref="Calculation.Trace"/> when first
/// read. A 100,000-line inventory gives figures whose traces list every line; building those lists for
/// figures nobody reads cost more than the arithmetic (issue 4's benchmark). The rendered trace is the
/// same whenever it is read: everything it refers to is immutable.
/// </remarks>
public class MetricValue
{
    private Trace? _trace;
    private string? _field;

    /// <summary>A computed figure with its trace already rendered.</summary>
    /// <param name="id">The metric id.</param>
    /// <param name="quantity">The exact value, in canonical units.</param>
    /// <param name="unit">The unit the figure is reported in.</param>
    /// <param name="site">The site it is for, or null for the organisation.</param>
    /// <param name="trace">How it was obtained.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="unit"/> or <paramref name="trace"/> is null.</exception>
    public MetricValue(string id, Quantity quantity, Unit unit, string? site, Trace trace)
        : this(id, quantity, unit, site)
    {
        ArgumentNullException.ThrowIfNull(trace);
        _trace = trace;
    }

    private protected MetricValue(string id, Quantity quantity, Unit unit, string? site)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(unit);
        Id = id;
        Quantity = quantity;
        Unit = unit;
        Site = site;
    }

    /// <summary>The metric id from the catalogue (<c>ghg.total</c>, <c>dc.pue</c>).</summary>
    public string Id { get; }

    /// <summary>The exact value in its kind's canonical unit; read it as a typed quantity with, e.g., <see cref="Energy.FromQuantity"/>.</summary>
    public Quantity Quantity { get; }

    /// <summary>The unit the figure is reported in (the catalogue's unit for the metric).</summary>
    public Unit Unit { get; }

    /// <summary>The site the figure is for, or null for the organisation as a whole.</summary>
    public string? Site { get; }

    /// <summary>How the figure was obtained. Two threads reading it first at once may both render it; they render equal traces.</summary>
    public Trace Trace => _trace ??= RenderTrace();

    /// <summary>The exact value in <see cref="Unit"/>; repeating fractions carry 28 significant digits.</summary>
    public decimal Value => Quantity.As(Unit);

    /// <summary><see cref="Value"/> as exact invariant text with no exponent and no trailing zeros beyond the value's own.</summary>
    public string ValueText => DecimalText.Exact(Value);

    /// <summary>The field name this figure has as an input of another figure's trace: the id, with "@site" for a site's figure.</summary>
    /// <remarks>Built once: a site's IT energy is an input of seven of its figures' traces and of the fleet's.</remarks>
    public string Field => _field ??= Site is null ? Id : $"{Id}@{Site}";

    /// <summary>"field = value unit", e.g. "ghg.total = 694400 tCO2e", for messages and test failures.</summary>
    public override string ToString() => $"{Field} = {ValueText} {Unit.Symbol}";

    /// <summary>Renders the captured trace; only figures built without a rendered trace override it.</summary>
    private protected virtual Trace RenderTrace() => throw new InvalidOperationException($"metric {Field} has no trace");
}
