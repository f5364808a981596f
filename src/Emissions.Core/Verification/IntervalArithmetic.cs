using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// Sound interval arithmetic on quantities: the result of every operation contains every exact
/// result of the operation on values from the operands. Bounds are rounded outward (see
/// <see cref="OutwardRounding"/>), kinds are checked like <see cref="Quantity"/> does, and
/// dividing by an interval that straddles zero gives the entire line (the caller reports the
/// relation as unverifiable). Open and closed ends are tracked so that "below 8 %" stays below.
/// </summary>
internal sealed class IntervalArithmetic : IArithmetic<QuantityInterval>
{
    /// <summary>Shared by every caller and thread: keeps nothing between operations.</summary>
    public static readonly IntervalArithmetic Instance = new(keepsReciprocal: false);

    private readonly bool _keepsReciprocal;
    private QuantityInterval _lastDivisor;
    private QuantityInterval _lastReciprocal;
    private bool _hasLast;

    private IntervalArithmetic(bool keepsReciprocal) => _keepsReciprocal = keepsReciprocal;

    /// <summary>
    /// For one caller on one thread at a time (a check session): <see cref="Divide"/> keeps the last divisor's reciprocal,
    /// and a divisor with the same bits (dimension, ends to the scale, closedness) reuses it. A report's per-employee
    /// relations divide one figure after another by the same headcount: its reciprocal (two rounded quotients) was worked
    /// out again for each of them. The reciprocal is a function of those bits alone, so the quotient is the same interval.
    /// </summary>
    public static IntervalArithmetic KeepingLastReciprocal() => new(keepsReciprocal: true);

    public QuantityInterval Constant(Quantity value) => QuantityInterval.Point(value);

    public QuantityInterval Add(QuantityInterval left, QuantityInterval right)
    {
        Same("add", left, right);
        var low = left.Low is { } a && right.Low is { } b ? OutwardRounding.AddDown(a, b) : null;
        var high = left.High is { } c && right.High is { } d ? OutwardRounding.AddUp(c, d) : null;
        return new QuantityInterval(
            left.Dimension,
            low,
            high,
            low is not null && left.LowClosed && right.LowClosed,
            high is not null && left.HighClosed && right.HighClosed);
    }

    public QuantityInterval Subtract(QuantityInterval left, QuantityInterval right)
    {
        // left + (−right) worked out in place, without a negated copy of right and a second kind check: implied values
        // subtract once per unknown. The bounds are the same decimals as before (a + (−d), not a − d).
        Same("subtract", left, right);
        var low = left.Low is { } a && right.High is { } d ? OutwardRounding.AddDown(a, -d) : null;
        var high = left.High is { } c && right.Low is { } b ? OutwardRounding.AddUp(c, -b) : null;
        return new QuantityInterval(
            left.Dimension,
            low,
            high,
            low is not null && left.LowClosed && right.HighClosed,
            high is not null && left.HighClosed && right.LowClosed);
    }

    public QuantityInterval Negate(QuantityInterval value) =>
        new(value.Dimension, -value.High, -value.Low, value.HighClosed, value.LowClosed);

    public QuantityInterval Multiply(QuantityInterval left, QuantityInterval right)
    {
        var dimension = left.Dimension * right.Dimension;
        return OuterCorners(left, right, dimension) ?? MultiplyCorners(left, right, dimension);
    }

    /// <summary>
    /// The product of two positive intervals from the corners that can be its ends, when that is certain: with both
    /// intervals a closed point or with ends far enough apart, its two outer corners (the low end a0 × b0 rounded down,
    /// the high end a1 × b1 rounded up); with one of them so (the other two units in the last place wide: a headcount's
    /// reciprocal), the two corners on that one's lower end rounded down and the two on its upper end rounded up. Null
    /// otherwise, and the four corners decide.
    /// </summary>
    /// <remarks>
    /// The same interval, bit for bit, as <see cref="MultiplyCorners"/> gives: that takes the smallest rounded-down and
    /// the largest rounded-up corner, and merges closedness on a tie (keeping the earlier corner's decimal). A rounded
    /// corner is within 10.5 units in its last place of the exact product (nearest rounding, then at most ten units
    /// outward); for products between 10^−8 and 10^20 a unit in the last place is at most 10^−20 of the product (scale
    /// 28, or a full 96-bit mantissa). All factors are positive, so a product grows with either factor. Say the left
    /// interval's ends are more than 2^−39 of a1 apart: for either b, a1 × b exceeds a0 × b by (a1 − a0) × b > 2^−39 of
    /// a1 × b, more than both roundings together can move them (rounding outward moves each the other way besides), so
    /// a1 × b rounded down stays strictly above a0 × b rounded down, and a0 × b rounded up strictly below a1 × b rounded
    /// up. No corner on a1 is then the low end or ties with it: the low end is the smaller of a0 × b0 and a0 × b1 rounded
    /// down, taken in MultiplyCorners' order (ties included); the high end likewise the larger of the a1 corners. A
    /// closed point (one decimal at both ends: a headcount) gives the corners on its two ends the same products and the
    /// same closedness, so the corners left out only tie with the earlier ones they equal, which changes nothing. The
    /// other interval need not be apart, only not empty (b0 ≤ b1). Both intervals apart or points: the low end
    /// is also on b0 and the high end on b1, one corner each. All of it is decided on the integer mantissas
    /// (<see cref="ScaledMagnitude"/>), before any product is taken; the tests compare both paths on random and edge
    /// intervals. Per-employee figures are products with a headcount or its reciprocal: half their corner products (and
    /// with a reciprocal, half their roundings) were spent on corners that could not win.
    /// </remarks>
    internal static QuantityInterval? OuterCorners(QuantityInterval left, QuantityInterval right, Dimension dimension)
    {
        if (left is not { Low: { } a0, High: { } a1 } || right is not { Low: { } b0, High: { } b1 }
            || !DecimalOrder.IsPositive(a0) || !DecimalOrder.IsPositive(b0) || decimal.IsNegative(a1) || decimal.IsNegative(b1))
        {
            return null;
        }

        var (la, ha, lb, hb) = (ScaledMagnitude.Of(a0), ScaledMagnitude.Of(a1), ScaledMagnitude.Of(b0), ScaledMagnitude.Of(b1));
        if (!ScaledMagnitude.ProductAtLeast1EMinus8(la, lb) || !ScaledMagnitude.ProductAtMost1E20(ha, hb))
        {
            return null;
        }

        // An interval apart has its upper end above its lower; the other one must not be empty (an upper end below the
        // lower), or its upper corners are not the larger and the ends of the product not where the argument puts them.
        var leftApart = PointOrApart(left, la, ha);
        var rightApart = PointOrApart(right, lb, hb);
        if (leftApart && rightApart)
        {
            var (low, lowClosed) = Corner(a0, left.LowClosed, b0, right.LowClosed, down: true);
            var (high, highClosed) = Corner(a1, left.HighClosed, b1, right.HighClosed, down: false);
            return Build(dimension, low, lowClosed, high, highClosed);
        }

        if (leftApart && DecimalOrder.Compare(b0, b1) <= 0)
        {
            var low = Lower(Corner(a0, left.LowClosed, b0, right.LowClosed, down: true), Corner(a0, left.LowClosed, b1, right.HighClosed, down: true));
            var high = Upper(Corner(a1, left.HighClosed, b0, right.LowClosed, down: false), Corner(a1, left.HighClosed, b1, right.HighClosed, down: false));
            return Build(dimension, low.Value, low.Closed, high.Value, high.Closed);
        }

        if (rightApart && DecimalOrder.Compare(a0, a1) <= 0)
        {
            var low = Lower(Corner(a0, left.LowClosed, b0, right.LowClosed, down: true), Corner(a1, left.HighClosed, b0, right.LowClosed, down: true));
            var high = Upper(Corner(a0, left.LowClosed, b1, right.HighClosed, down: false), Corner(a1, left.HighClosed, b1, right.HighClosed, down: false));
            return Build(dimension, low.Value, low.Closed, high.Value, high.Closed);
        }

        return null;

        // One corner rounded one way; closed when both ends are, or when rounded (the rounded bound is a decimal the
        // product never reaches, kept as Bound.Product keeps it). Never null: the product is at most 10^20.
        static (decimal Value, bool Closed) Corner(decimal x, bool xClosed, decimal y, bool yClosed, bool down)
        {
            var value = OutwardRounding.MultiplyOutward(x, y, down, out var exact)!.Value;
            return (value, (xClosed && yClosed) || !exact);
        }

        // Bound.Min and Bound.Max on two finite corners: the smaller (larger) one, the first on a tie, closed if either is.
        static (decimal Value, bool Closed) Lower((decimal Value, bool Closed) first, (decimal Value, bool Closed) second)
        {
            var c = DecimalOrder.Compare(first.Value, second.Value);
            return c < 0 ? first : c > 0 ? second : (first.Value, first.Closed || second.Closed);
        }

        static (decimal Value, bool Closed) Upper((decimal Value, bool Closed) first, (decimal Value, bool Closed) second)
        {
            var c = DecimalOrder.Compare(first.Value, second.Value);
            return c > 0 ? first : c < 0 ? second : (first.Value, first.Closed || second.Closed);
        }

        static QuantityInterval Build(Dimension dimension, decimal low, bool lowClosed, decimal high, bool highClosed) =>
            new(dimension, low, high, lowClosed, highClosed);
    }

    // One decimal at both closed ends (same digits and scale), or ends more than 2^−39 apart.
    private static bool PointOrApart(QuantityInterval interval, ScaledMagnitude low, ScaledMagnitude high) =>
        (interval.LowClosed && interval.HighClosed && low.Mantissa == high.Mantissa && low.Scale == high.Scale)
        || ScaledMagnitude.ApartBy2Pow39(low, high);

    /// <summary>The product from all four corners: each rounded both ways, the smallest down and the largest up.</summary>
    internal static QuantityInterval MultiplyCorners(QuantityInterval left, QuantityInterval right, Dimension dimension)
    {
        var (a0, a1) = (Bound.Lower(left), Bound.Upper(left));
        var (b0, b1) = (Bound.Lower(right), Bound.Upper(right));
        var (low, high) = Bound.Product(a0, b0);
        Widen(Bound.Product(a0, b1), ref low, ref high);
        Widen(Bound.Product(a1, b0), ref low, ref high);
        Widen(Bound.Product(a1, b1), ref low, ref high);
        return Build(dimension, low, high);

        static void Widen((Bound Down, Bound Up) corner, ref Bound low, ref Bound high)
        {
            low = Bound.Min(low, corner.Down);
            high = Bound.Max(high, corner.Up);
        }
    }

    public QuantityInterval Divide(QuantityInterval left, QuantityInterval right) => Multiply(left, ReciprocalOf(right));

    private QuantityInterval ReciprocalOf(QuantityInterval divisor)
    {
        if (!_keepsReciprocal)
        {
            return Reciprocal(divisor);
        }

        if (_hasLast && SameBits(divisor, _lastDivisor))
        {
            return _lastReciprocal;
        }

        var reciprocal = Reciprocal(divisor);
        (_lastDivisor, _lastReciprocal, _hasLast) = (divisor, reciprocal, true);
        return reciprocal;
    }

    // Equal as bits, not as values: 2.0 and 2.00 are equal decimals whose reciprocals may differ in scale.
    private static bool SameBits(QuantityInterval a, QuantityInterval b) =>
        a.Dimension == b.Dimension && a.LowClosed == b.LowClosed && a.HighClosed == b.HighClosed
        && DecimalBits.Same(a.Low, b.Low) && DecimalBits.Same(a.High, b.High);

    /// <summary>
    /// 1 / x over the interval. An interval with zero as an end ([0, 8 %)) has an unbounded
    /// reciprocal on one side; zero itself is excluded because the quotient is undefined there.
    /// An interval with zero inside has the entire line as its reciprocal.
    /// </summary>
    public static QuantityInterval Reciprocal(QuantityInterval value)
    {
        var dimension = Dimension.None / value.Dimension;
        var nonNegative = value.Low is { } l && !DecimalOrder.IsBelowZero(l);
        var nonPositive = value.High is { } h && !DecimalOrder.IsPositive(h);
        // [0, 0) too (an empty interval): 1/0 is undefined whichever end is open, never a division by zero.
        if (value.Low is { } zl && DecimalOrder.IsZero(zl) && value.High is { } zh && DecimalOrder.IsZero(zh))
        {
            return QuantityInterval.Entire(dimension);
        }

        if (nonNegative)
        {
            // 1/[l, h] = [1/h, 1/l]; 1/h → 0 (open) when h is unbounded; 1/l → +∞ when l is 0.
            var low = value.High is { } high ? OutwardRounding.DivideDown(1m, high) : 0m;
            var lowClosed = value.High is not null && value.HighClosed;
            if (value.High is null || low is null)
            {
                low = 0m;
                lowClosed = false;
            }

            var upper = DecimalOrder.IsZero(value.Low!.Value) ? null : OutwardRounding.DivideUp(1m, value.Low.Value);
            return new QuantityInterval(dimension, low, upper, lowClosed, upper is not null && value.LowClosed);
        }

        if (nonPositive)
        {
            return IntervalArithmetic.Instance.Negate(Reciprocal(IntervalArithmetic.Instance.Negate(value)));
        }

        return QuantityInterval.Entire(dimension);
    }

    private static QuantityInterval Build(Dimension dimension, Bound low, Bound high) =>
        new(dimension,
            low.Infinity == 0 ? low.Value : null,
            high.Infinity == 0 ? high.Value : null,
            low.Infinity == 0 && low.Closed,
            high.Infinity == 0 && high.Closed);

    private static void Same(string operation, QuantityInterval a, QuantityInterval b)
    {
        if (a.Dimension != b.Dimension)
        {
            throw new QuantityException(QuantityError.IncompatibleKinds, $"cannot {operation} {a.Dimension} and {b.Dimension}");
        }
    }

    /// <summary>An end of an interval on the extended line: a decimal, or ±∞ (<see cref="Infinity"/> = ±1).</summary>
    private readonly record struct Bound(decimal Value, int Infinity, bool Closed)
    {
        public static Bound Lower(QuantityInterval i) => i.Low is { } l ? new(l, 0, i.LowClosed) : new(0m, -1, false);

        public static Bound Upper(QuantityInterval i) => i.High is { } h ? new(h, 0, i.HighClosed) : new(0m, 1, false);

        private int Sign => Infinity != 0 ? Infinity : Math.Sign(Value);

        /// <summary>The product of two ends, as a lower candidate (rounded down) and an upper candidate (rounded up).</summary>
        public static (Bound Down, Bound Up) Product(Bound x, Bound y)
        {
            // A closed zero times anything, ∞ included, is a closed zero: [0, 1] × [1, ∞) starts at 0.
            if ((x.Infinity == 0 && DecimalOrder.IsZero(x.Value) && x.Closed) || (y.Infinity == 0 && DecimalOrder.IsZero(y.Value) && y.Closed))
            {
                var zero = new Bound(0m, 0, true);
                return (zero, zero);
            }

            if (x.Infinity != 0 || y.Infinity != 0)
            {
                var sign = x.Sign * y.Sign;

                // An open zero times ∞ is approached but not reached: (0, 1) × [1, ∞) starts just above 0.
                var value = sign == 0 ? new Bound(0m, 0, false) : new Bound(0m, sign, false);
                return (value, value);
            }

            var closed = x.Closed && y.Closed;
            var (down, up) = OutwardRounding.MultiplyOutward(x.Value, y.Value);
            var exact = DecimalOrder.Equal(down, up);
            return (
                down is { } d ? new Bound(d, 0, closed || !exact) : new Bound(0m, -1, false),
                up is { } u ? new Bound(u, 0, closed || !exact) : new Bound(0m, 1, false));
        }

        public static Bound Min(Bound a, Bound b)
        {
            var c = Compare(a, b);
            return c < 0 ? a : c > 0 ? b : a with { Closed = a.Closed || b.Closed };
        }

        public static Bound Max(Bound a, Bound b)
        {
            var c = Compare(a, b);
            return c > 0 ? a : c < 0 ? b : a with { Closed = a.Closed || b.Closed };
        }

        private static int Compare(Bound a, Bound b) =>
            a.Infinity != 0 || b.Infinity != 0 ? a.Infinity.CompareTo(b.Infinity) : DecimalOrder.Compare(a.Value, b.Value);
    }
}
