using System.Runtime.CompilerServices;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// A figure as a relation sees it: its interval and face value in the relation's space. For
/// catalogue relations the space is the metric's canonical unit (after <see cref="FigureKind"/>
/// coercion); in custom relations a figure enters in its own kind. Either way % is the number 0.01
/// (ISO 80000-1): "30 %" is the ratio 0.3, so "re_mwh / elec_mwh" is compared with it as it stands.
/// </summary>
internal sealed class Operand
{
    // The unit's scale and the kind's factor, shared by every operand printed in the same unit for the same kind.
    private readonly SpaceConversion _conversion;
    private readonly decimal _aboutTolerance;

    private Operand(ReportedFigure figure, Dimension dimension, decimal numerator, decimal denominator, decimal factor, decimal aboutTolerance, string? note)
    {
        Figure = figure;
        Dimension = dimension;
        _conversion = SpaceConversion.Of(numerator, denominator, factor);
        _aboutTolerance = aboutTolerance;
        Note = note;
        try
        {
            _printed = figure.Interval(aboutTolerance);
            Interval = ToSpace(_printed);
            Face = new Quantity(ToSpace(figure.Printed.Value), dimension);
        }
        catch (OverflowException ex)
        {
            // A printed value this large is a typo or a test of the limits, never a figure a relation can weigh: say which
            // one, rather than fail the whole check as a program error.
            throw new InputException(
                $"{figure.Source ?? figure.Key}.value",
                figure.Printed.ToString(),
                "a value whose size in the relation's units stays within the largest exact decimal (7.9 × 10^28)",
                InputError.InvalidValue,
                ex);
        }
    }

    public ReportedFigure Figure { get; }

    /// <summary>
    /// The figure's interval in its printed unit for <paramref name="aboutTolerance"/>: the one this operand was read with
    /// (the reported view and an implied conversion read it again for every check of the figure), else worked out.
    /// </summary>
    /// <remarks>The same decimal, scale included: 0.050 and 0.05 are equal but spread a figure to bounds of different scales.</remarks>
    public PrintedInterval PrintedInterval(decimal aboutTolerance) =>
        DecimalOrder.Equal(aboutTolerance, _aboutTolerance) && aboutTolerance.Scale == _aboutTolerance.Scale ? _printed : Figure.Interval(aboutTolerance);

    private readonly PrintedInterval _printed;

    public Dimension Dimension { get; }

    public QuantityInterval Interval { get; }

    /// <summary>The wider reading of an integer with trailing zeros, when there is one; worked out on first read.</summary>
    /// <remarks>Only a relation whose intervals do not overlap reads it (<see cref="Checking.SignificantFigureReading"/>): most operands never do.</remarks>
    public QuantityInterval? SignificantFigureInterval =>
        (_significantFigure ??= new StrongBox<QuantityInterval?>(Figure.SignificantFigureInterval() is { } alt ? ToSpace(alt) : null)).Value;

    // A reference until read (8 bytes in every operand, not the 80 of the interval): worked out once, then kept.
    private StrongBox<QuantityInterval?>? _significantFigure;

    /// <summary>The printed value taken at face value (for bounds and "about", the stated value).</summary>
    public Quantity Face { get; }

    /// <summary>Why the figure's kind was read as the metric's (water in 噸 as m³), if it had to be.</summary>
    public string? Note { get; }

    public string Unit => Figure.Printed.Unit.Symbol;

    public int Scale => Figure.Printed.Scale;

    /// <summary>In the metric's canonical space; null when the figure cannot stand for its metric (no unit where one is needed).</summary>
    public static Operand? ForCatalogue(ReportedFigure figure, decimal aboutTolerance)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (FigureKind.Of(figure) is not { } kind)
        {
            return null;
        }

        var scale = figure.Printed.Unit.Scale;
        return new Operand(figure, kind.Dimension, scale.Numerator, scale.Denominator, kind.Factor, aboutTolerance, kind.Note);
    }

    /// <summary>In a custom relation: canonical units; a pure number stays a pure number (30 % is 0.3, a bare 21,499 is not persons).</summary>
    public static Operand ForCustom(ReportedFigure figure, decimal aboutTolerance)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Printed.Dimension.IsDimensionless)
        {
            var ratio = figure.Printed.Unit.Scale;
            return new Operand(figure, Dimension.None, ratio.Numerator, ratio.Denominator, 1m, aboutTolerance, null);
        }

        if (FigureKind.Of(figure) is { } kind)
        {
            var s = figure.Printed.Unit.Scale;
            return new Operand(figure, kind.Dimension, s.Numerator, s.Denominator, kind.Factor, aboutTolerance, kind.Note);
        }

        var scale = figure.Printed.Unit.Scale;
        return new Operand(figure, figure.Printed.Dimension, scale.Numerator, scale.Denominator, 1m, aboutTolerance, null);
    }

    /// <summary>
    /// A figure printed as a plain mass ("1.2 万吨") in a relation whose formula gives CO2e, read as that mass of CO2e:
    /// Chinese tables head the unit column 万吨 and leave 二氧化碳当量 to the row label. Null for any other pair of kinds.
    /// </summary>
    public Operand? AsCo2e(Dimension formulaKind)
    {
        if (formulaKind != Dimension.Co2eDim || Dimension != Dimension.MassDim || Figure.Metric is not null)
        {
            return null;
        }

        var scale = Figure.Printed.Unit.Scale;
        return new Operand(Figure, Dimension.Co2eDim, scale.Numerator, scale.Denominator, 1m, _aboutTolerance,
            $"'{Figure.Printed.Unit.Symbol}' read as {Figure.Printed.Unit.Symbol} CO2e, the kind of its relation");
    }

    /// <summary>
    /// The figure as printed (<paramref name="build"/> of this operand), made once per operand for the tolerance it was
    /// read with: a figure checked by several relations shares one view (views are immutable).
    /// </summary>
    public ValueView ReportedView(decimal aboutTolerance, Func<Operand, decimal, ValueView> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return DecimalOrder.Equal(aboutTolerance, _aboutTolerance) ? _reportedView ??= build(this, aboutTolerance) : build(this, aboutTolerance);
    }

    private ValueView? _reportedView;

    /// <summary>"heat conversion": the name of the unit conversion this figure would imply, made once per operand.</summary>
    public string ConversionName => _conversionName ??= $"{Figure.Key} conversion";

    private string? _conversionName;

    /// <summary>
    /// "GJ/MWh": this figure's unit over <paramref name="whole"/>'s in English symbols (<see cref="Display.EnglishRatio"/>),
    /// kept for the last whole unit asked: an operand's conversions are nearly always into one total's unit, and the
    /// shared table hashes both units on every lookup.
    /// </summary>
    /// <remarks>The unit and its text are kept as one object: a report's diagnostics may be read on several threads at once.</remarks>
    public string EnglishRatioTo(Unit whole)
    {
        var kept = Volatile.Read(ref _ratio);
        if (kept is null || !ReferenceEquals(kept.Whole, whole))
        {
            kept = new RatioText(whole, Display.EnglishRatio(Figure.Printed.Unit, whole));
            Volatile.Write(ref _ratio, kept);
        }

        return kept.Text;
    }

    private RatioText? _ratio;

    private sealed record RatioText(Unit Whole, string Text);

    /// <summary>A value in the relation's space expressed in this figure's printed unit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal ToPrinted(decimal space) => _conversion.ToPrinted(space);

    /// <summary>A printed value in the relation's space (nearest decimal; for face values).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal ToSpace(decimal printed) => _conversion.ToSpace(printed);

    /// <summary>A printed interval in the relation's space, rounded outward.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public QuantityInterval ToSpace(PrintedInterval printed) => _conversion.ToSpace(printed, Dimension);
}
