using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// A figure's <see cref="FigureKind"/> as worked out when its request was read (the reader matches the metric and unit
/// anyway), carried with the figure so that checking it finds no metric and looks up no kind again: the kind is the
/// metric's and the unit's, for this very metric string and unit instance. A figure made otherwise, or changed since
/// (<c>with</c>), carries none or one that no longer fits, and its kind is worked out as before.
/// </summary>
/// <remarks>
/// Not part of the figure's value: every two are equal and hash alike, so <see cref="ReportedFigure"/>'s record equality
/// compares the printed fields alone, as it did before the figure carried it.
/// </remarks>
internal readonly struct KnownKind : IEquatable<KnownKind>
{
    private readonly string? _metric;
    private readonly Unit? _unit;
    private readonly FigureKind? _kind;

    public KnownKind(string metric, Unit unit, FigureKind? kind)
    {
        _metric = metric;
        _unit = unit;
        _kind = kind;
    }

    /// <summary>The kind, when it was worked out for <paramref name="figure"/>'s metric and unit (null: it cannot stand for its metric).</summary>
    public bool TryFor(ReportedFigure figure, out FigureKind? kind)
    {
        kind = _kind;
        return _metric is not null && ReferenceEquals(_metric, figure.Metric) && ReferenceEquals(_unit, figure.Printed.Unit);
    }

    public bool Equals(KnownKind other) => true;

    public override bool Equals(object? obj) => obj is KnownKind;

    public override int GetHashCode() => 0;

    public static bool operator ==(KnownKind left, KnownKind right) => left.Equals(right);

    public static bool operator !=(KnownKind left, KnownKind right) => !left.Equals(right);
}
