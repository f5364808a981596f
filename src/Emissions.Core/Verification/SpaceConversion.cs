using System.Collections.Concurrent;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// How a printed value maps into a relation's space and back: × numerator ÷ denominator (the printed unit's scale to
/// its canonical unit) × factor (the metric's kind coercion, <see cref="FigureKind"/>). A handful of these serve every
/// figure (萬噸 into tonnes, GJ into MWh, a bare number as persons): each is worked out once and shared, immutable, by
/// the operands of every request, rather than its exact reciprocals and one-tests being worked out again for every
/// figure (and kept in every operand).
/// </summary>
internal sealed class SpaceConversion
{
    // Units and coercions come from the catalogue, so the table stays small; a bound keeps odd scales from growing it.
    private const int MaxShared = 4_096;

    private static readonly ConcurrentDictionary<Key, SpaceConversion> Shared = new();

    private readonly decimal _numerator;
    private readonly decimal _denominator;
    private readonly decimal _factor;

    // Worked out once: ToPrinted runs several times per check, and comparing decimals is not free.
    private readonly bool _factorIsOne;
    private readonly bool _numeratorIsOne;
    private readonly bool _denominatorIsExactlyOne;
    private readonly bool _denominatorIsOne;
    private readonly bool _numeratorIsExactlyOne;
    private readonly bool _factorIsExactlyOne;
    private readonly decimal? _inverseFactor;
    private readonly decimal? _inverseNumerator;

    private SpaceConversion(decimal numerator, decimal denominator, decimal factor)
    {
        _numerator = numerator;
        _denominator = denominator;
        _factor = factor;
        _factorIsOne = DecimalOrder.Equal(factor, 1m);
        _numeratorIsOne = DecimalOrder.Equal(numerator, 1m);
        _denominatorIsExactlyOne = DecimalOrder.IsOneAtScaleZero(denominator);
        _denominatorIsOne = DecimalOrder.Equal(denominator, 1m);
        _numeratorIsExactlyOne = DecimalOrder.IsOneAtScaleZero(numerator);
        _factorIsExactlyOne = DecimalOrder.IsOneAtScaleZero(factor);
        _inverseFactor = _factorIsOne ? null : ExactReciprocal(factor);
        _inverseNumerator = _numeratorIsOne ? null : ExactReciprocal(numerator);
    }

    /// <summary>The conversion by these three decimals (to the bit: 1000 and 1000.0 give bounds of different scales).</summary>
    public static SpaceConversion Of(decimal numerator, decimal denominator, decimal factor)
    {
        var key = new Key(numerator, denominator, factor);
        if (Shared.TryGetValue(key, out var conversion))
        {
            return conversion;
        }

        conversion = new SpaceConversion(numerator, denominator, factor);
        return Shared.Count < MaxShared ? Shared.GetOrAdd(key, conversion) : conversion;
    }

    /// <summary>A printed value in the relation's space (nearest decimal; for face values).</summary>
    public decimal ToSpace(decimal printed)
    {
        // A product with a 1 of scale 0 is the same decimal, bit for bit (OutwardRounding skips it likewise).
        var product = _numeratorIsExactlyOne ? printed : printed * _numerator;
        var canonical = _denominatorIsOne ? product : product / _denominator;
        return _factorIsExactlyOne ? canonical : canonical * _factor;
    }

    /// <summary>A printed interval in the relation's space, rounded outward.</summary>
    public QuantityInterval ToSpace(PrintedInterval printed, Dimension dimension)
    {
        var low = printed.Low is { } l ? Down(l) : null;
        var high = printed.High is { } h ? Up(h) : null;
        return new QuantityInterval(dimension, low, high, low is not null && printed.LowClosed, high is not null && printed.HighClosed);
    }

    /// <summary>A value in the relation's space expressed in the printed unit.</summary>
    public decimal ToPrinted(decimal space)
    {
        // Multiplying by an exact reciprocal (1/1000 for MWh) gives the same decimal as dividing, faster.
        var canonical = _factorIsOne ? space : _inverseFactor is { } f ? space * f : space / _factor;

        // Multiplying by a 1 of scale 0 gives back the same decimal (digits and scale), so it is skipped.
        var scaled = _denominatorIsExactlyOne ? canonical : canonical * _denominator;
        return _numeratorIsOne ? scaled
            : _inverseNumerator is { } n ? scaled * n
            : scaled / _numerator;
    }

    private decimal? Down(decimal value) =>
        OutwardRounding.MultiplyDown(value, _numerator) is { } a && OutwardRounding.DivideDown(a, _denominator) is { } b
            ? OutwardRounding.MultiplyDown(b, _factor)
            : null;

    private decimal? Up(decimal value) =>
        OutwardRounding.MultiplyUp(value, _numerator) is { } a && OutwardRounding.DivideUp(a, _denominator) is { } b
            ? OutwardRounding.MultiplyUp(b, _factor)
            : null;

    /// <summary>1/x when that is an exact decimal (x a power of ten), else null.</summary>
    private static decimal? ExactReciprocal(decimal x)
    {
        if (DecimalOrder.IsZero(x))
        {
            return null;
        }

        var r = 1m / x;
        return OutwardRounding.TryMultiplyExact(r, x, out var back) && DecimalOrder.Equal(back, 1m) ? r : null;
    }

    // The three decimals as bits: equal values of different scales are different conversions.
    private readonly struct Key(decimal numerator, decimal denominator, decimal factor) : IEquatable<Key>
    {
        private readonly UInt128 _numerator = DecimalBits.Of(numerator);
        private readonly UInt128 _denominator = DecimalBits.Of(denominator);
        private readonly UInt128 _factor = DecimalBits.Of(factor);

        public bool Equals(Key other) => _numerator == other._numerator && _denominator == other._denominator && _factor == other._factor;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(_numerator, _denominator, _factor);
    }
}
