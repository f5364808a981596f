using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// A figure as a report prints it: its own id and/or catalogue metric, the printed measurement
/// (value with its printed decimals, unit as printed), how it is qualified, and the period and
/// site it belongs to when they differ from the document's.
/// </summary>
public sealed record ReportedFigure(
    string? Id,
    string? Metric,
    Measurement Printed,
    Qualifier Qualifier = Qualifier.Exact,
    string? Period = null,
    string? Site = null,
    string? Label = null)
{
    // A JSON request's figure keeps its path as parts, made into a string only when a message or a note reads it.
    private LinePath _source;

    /// <summary>Where the figure came from (a JSON path or CSV line), for messages.</summary>
    public string? Source
    {
        get => _source.TextOrNull;
        init => _source = LinePath.OfNullable(value);
    }

    /// <summary>The figure's JSON path held as parts (<see cref="LinePath"/>): <see cref="Source"/> built when first read.</summary>
    internal LinePath SourcePath
    {
        init => _source = value;
    }

    // Its metric's kind as the reader found it (equal in every figure: not part of the figure's value).
    private KnownKind _kind;

    /// <summary>The figure's <see cref="FigureKind"/> as worked out when it was read, for its metric and unit then.</summary>
    internal KnownKind KnownKind
    {
        get => _kind;
        init => _kind = value;
    }

    /// <summary>The name checks use: the figure's id, else its metric id.</summary>
    public string Key => Id ?? Metric ?? "?";

    /// <summary>
    /// For an integer printed with trailing zeros (11,653,000), how many of them may be rounding
    /// rather than digits: 3 means the figure may be rounded to the thousand. Zero otherwise.
    /// </summary>
    public int TrailingZeros
    {
        get
        {
            var value = Printed.Value;
            if (Qualifier != Qualifier.Exact || Printed.Scale != 0 || value == 0m)
            {
                return 0;
            }

            var count = 0;
            var magnitude = Math.Abs(value);
            while (magnitude % 10m == 0m && count < 27)
            {
                magnitude /= 10m;
                count++;
            }

            return count;
        }
    }

    /// <summary>
    /// Measures reports print (energy, mass, area, counts …) are not negative, so "below 8 %" of a
    /// catalogue metric is [0, 8 %), not (−∞, 8 %). A pure number without a metric may be a change
    /// (a year-on-year percentage), so its lower side stays open-ended.
    /// </summary>
    public bool IsNonNegative => Metric is not null || !Printed.Dimension.IsDimensionless;

    /// <summary>
    /// A count of persons printed as an integer is exact: the only integer in [v − ½, v + ½) is v.
    /// (A round count such as 13,000 may still be rounded; see <see cref="SignificantFigureInterval"/>.)
    /// </summary>
    public bool IsExactCount =>
        Printed.Scale == 0 && (Printed.Dimension == Dimension.PersonDim || (Metric == "org.headcount" && Printed.Dimension.IsDimensionless));

    /// <summary>
    /// The values the printed figure stands for, in its printed unit (numbers as printed).
    /// Exact: [v − ½·10^−d, v + ½·10^−d), a point for an exact count. About: v ± tolerance·|v|, widened to the rounding interval
    /// if that is wider. Nearly: [v − tolerance·|v|, v]. Bounds: literal ("at most 1.2" is ≤ 1.2).
    /// </summary>
    public PrintedInterval Interval(decimal aboutTolerance)
    {
        var v = Printed.Value;
        var half = HalfUnit(Printed.Scale);
        decimal? zero = IsNonNegative && DecimalOrder.IsPositive(v) ? 0m : null;
        return Qualifier switch
        {
            Qualifier.Exact when IsExactCount => new PrintedInterval(v, v, true, true),
            Qualifier.Exact => Rounding(v, half),
            Qualifier.Below => new PrintedInterval(zero, v, zero is not null, false),
            Qualifier.AtMost => new PrintedInterval(zero, v, zero is not null, true),
            Qualifier.Above => new PrintedInterval(v, null, false, false),
            Qualifier.AtLeast => new PrintedInterval(v, null, true, false),
            Qualifier.About => Spread(v, aboutTolerance) is var spread && DecimalOrder.Compare(spread, half) >= 0
                ? new PrintedInterval(v - spread, v + spread, true, true)
                : Rounding(v, half),
            Qualifier.Nearly => new PrintedInterval(v - Spread(v, aboutTolerance), v, true, true),
            _ => throw new InvalidOperationException($"unknown qualifier {Qualifier}"),
        };
    }

    // Only "about" and "nearly" spread a figure: a product worked out for every figure (nearly all printed plainly) before.
    private static decimal Spread(decimal v, decimal aboutTolerance) => Math.Abs(v) * aboutTolerance;

    /// <summary>
    /// [v − h, v + h), rounded outward: a 28-digit integer above 7.9 × 10^27 has no decimal for v ± 0.5, and rounding those
    /// to nearest made [v, v), an empty interval its own value is outside. An end past the decimal range is unbounded.
    /// </summary>
    private static PrintedInterval Rounding(decimal v, decimal half)
    {
        var low = OutwardRounding.AddDown(v, -half);
        var high = OutwardRounding.AddUp(v, half);
        return new PrintedInterval(low, high, low is not null, high is not null && DecimalOrder.IsZero(half));
    }

    /// <summary>
    /// How many trailing zeros the wider reading treats as rounding: all of them, but never fewer
    /// than two significant digits left (100 may be 10 tens, not 1 hundred; 40 has no wider reading).
    /// </summary>
    public int RoundingZeros
    {
        get
        {
            var zeros = TrailingZeros;
            if (zeros == 0)
            {
                return 0;
            }

            // Keep at least two significant digits: 13,000 may be rounded to the thousand, 100 only to the ten.
            var integerDigits = Math.Abs(decimal.Truncate(Printed.Value)).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            return Math.Max(0, Math.Min(zeros, integerDigits - 2));
        }
    }

    /// <summary>The wider reading of an integer with trailing zeros: 11,653,000 as rounded to the thousand.</summary>
    public PrintedInterval? SignificantFigureInterval()
    {
        var zeros = RoundingZeros;
        if (zeros == 0)
        {
            return null;
        }

        var half = 5m;
        for (var i = 1; i < zeros; i++)
        {
            half *= 10m;
        }

        // An integer near the decimal range's end has no bound beyond it on that side: the wider reading is open there.
        var v = Printed.Value;
        decimal? low = v >= decimal.MinValue + half ? v - half : null;
        decimal? high = v <= decimal.MaxValue - half ? v + half : null;
        return new PrintedInterval(low, high, low is not null, false);
    }

    /// <summary>The figure's key and printed text, with its qualifier when it has one ("ghg.total about 69.44 万吨").</summary>
    public override string ToString() => Qualifier == Qualifier.Exact ? $"{Key} {Printed}" : $"{Key} {Qualifier.Name()} {Printed}";

    internal static decimal HalfUnit(int scale) => scale >= 28 ? 0m : new decimal(5, 0, 0, false, (byte)(scale + 1));
}

/// <summary>An interval in a figure's printed unit; null ends are unbounded.</summary>
public readonly record struct PrintedInterval(decimal? Low, decimal? High, bool LowClosed, bool HighClosed);
