using System.Numerics;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// A decimal's magnitude as the integer it is made of: |value| = <see cref="Mantissa"/> × 10^−<see cref="Scale"/>, read
/// in place (<see cref="DecimalBits"/>). The interval arithmetic's shortcuts decide with it, in integers and without
/// rounding, what a decimal operation would give: which corner of a product is the smallest, whether a quotient can be
/// exact. It never produces a bound itself: every bound is still the decimal the operation gives.
/// </summary>
internal readonly struct ScaledMagnitude
{
    private ScaledMagnitude(UInt128 mantissa, int scale)
    {
        Mantissa = mantissa;
        Scale = scale;
    }

    public UInt128 Mantissa { get; }

    public int Scale { get; }

    /// <summary>The mantissa's bits up to its highest set one: 2^(BitLength − 1) ≤ Mantissa &lt; 2^BitLength.</summary>
    public int BitLength => 128 - (int)UInt128.LeadingZeroCount(Mantissa);

    public static ScaledMagnitude Of(decimal value)
    {
        var (high, low) = DecimalBits.Mantissa(value);
        return new ScaledMagnitude(new UInt128(high, low), value.Scale);
    }

    /// <summary>
    /// Whether the smaller of two positive values lies below the larger by more than 2^−39 (~1.8 × 10^−12) of the
    /// larger, decided exactly on the mantissas at one scale; false when aligning the scales would pass 128 bits.
    /// </summary>
    public static bool ApartBy2Pow39(ScaledMagnitude lower, ScaledMagnitude upper)
    {
        if (!TryAlign(lower, upper.Scale, out var low) || !TryAlign(upper, lower.Scale, out var high) || high <= low)
        {
            return false;
        }

        return high - low > high >> 39;
    }

    // The mantissa at the larger of the two scales: ×10^k, when that stays below 2^127 (k·3.4 ≥ k·log2 10 bits more).
    private static bool TryAlign(ScaledMagnitude value, int otherScale, out UInt128 aligned)
    {
        var k = otherScale - value.Scale;
        if (k <= 0)
        {
            aligned = value.Mantissa;
            return true;
        }

        if (value.BitLength + (((k * 34) + 9) / 10) > 127)
        {
            aligned = UInt128.Zero;
            return false;
        }

        aligned = value.Mantissa * Pow10[k];
        return true;
    }

    /// <summary>
    /// True when a × b ≥ 10^−8 for sure: from the bit lengths alone, 2^(La − 1 + Lb − 1) × 10^−(sa + sb), with log10 2
    /// taken as 0.30102 (below it, so the estimate errs low).
    /// </summary>
    public static bool ProductAtLeast1EMinus8(ScaledMagnitude a, ScaledMagnitude b) =>
        a.Mantissa != UInt128.Zero && b.Mantissa != UInt128.Zero
        && (long)(a.BitLength + b.BitLength - 2) * 30_102 >= (long)(a.Scale + b.Scale - 8) * 100_000;

    /// <summary>
    /// True when a × b ≤ 10^20 for sure: below 2^(La + Lb) × 10^−(sa + sb), with log10 2 taken as 0.30103 (above it, so
    /// the estimate errs high).
    /// </summary>
    public static bool ProductAtMost1E20(ScaledMagnitude a, ScaledMagnitude b) =>
        (long)(a.BitLength + b.BitLength) * 30_103 <= (long)(20 + a.Scale + b.Scale) * 100_000;

    /// <summary>
    /// False when a / b is certainly not a terminating decimal (so no decimal quotient is exact): b's mantissa, divided by
    /// what it shares with a's, has a prime factor other than 2 and 5. True when it may be, or when either mantissa
    /// passes 64 bits (not worked out: the caller's own test decides).
    /// </summary>
    public static bool QuotientMayTerminate(ScaledMagnitude a, ScaledMagnitude b)
    {
        if (a.Mantissa > ulong.MaxValue || b.Mantissa > ulong.MaxValue || b.Mantissa == UInt128.Zero)
        {
            return true;
        }

        var divisor = (ulong)b.Mantissa;
        divisor /= Divisors.Gcd((ulong)a.Mantissa, divisor);
        divisor >>= BitOperations.TrailingZeroCount(divisor);
        while (divisor % 5 == 0)
        {
            divisor /= 5;
        }

        return divisor == 1;
    }

    private static readonly UInt128[] Pow10 = BuildPowers();

    private static UInt128[] BuildPowers()
    {
        var powers = new UInt128[29];
        powers[0] = UInt128.One;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
