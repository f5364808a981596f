using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Emissions.Verification;

/// <summary>
/// Comparisons of decimals with the answers of decimal's own operators (<c>==</c>, <c>&lt;</c>, <c>CompareTo</c>), worked
/// out on the raw words where that is certain and by <see cref="decimal.Compare"/> otherwise. Each operator call is a
/// call into the runtime's <c>VarDecCmp</c>, ~90 instructions with its wrapper; a check request makes ~1,500 of them
/// (zero and one tests of unit factors and bounds, corner comparisons of interval products, containment), ~4 % of the
/// request. Here: two decimals of one sign and scale compare as their 96-bit mantissas; a zero test reads the mantissa;
/// two scales at most 19 apart compare as a 64-bit mantissa times a power of ten against a 96-bit one, exactly in 128
/// bits. Everything else (wider mantissas further apart) goes to the runtime. The tests compare every method with the
/// operators on random and edge decimals.
/// </summary>
/// <remarks>
/// The words are read in place, as decimal lays them out for interop (OLE DECIMAL: flags, the high 32 bits, the low 64;
/// <c>DecimalOrderTests</c> checks it against <see cref="decimal.GetBits(decimal)"/>), without <see cref="DecimalBits"/>'s
/// run-time layout check: the check is a static field, and a method that reads one of a class not yet initialized when
/// its caller is compiled is not inlined (all of DecimalBits stayed calls under the profile's settings), which cost more
/// than the comparisons saved.
/// </remarks>
internal static class DecimalOrder
{
    private const int SignBit = unchecked((int)0x8000_0000);

    /// <summary>−1, 0 or 1 as <paramref name="a"/> is below, equal to or above <paramref name="b"/>: decimal.Compare's sign.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(decimal a, decimal b)
    {
        ref var x = ref Unsafe.As<decimal, Words>(ref a);
        ref var y = ref Unsafe.As<decimal, Words>(ref b);
        var (fa, ha, la) = (x.Flags, x.High, x.Low);
        var (fb, hb, lb) = (y.Flags, y.High, y.Low);
        if (fa == fb)
        {
            // One sign and scale: the mantissas decide (flipped below zero); equal zeros are equal.
            if (ha == hb && la == lb)
            {
                return 0;
            }

            var below = ha < hb || (ha == hb && la < lb);
            return (below != (fa < 0)) ? -1 : 1;
        }

        return CompareApart(fa, ha, la, fb, hb, lb, a, b);
    }

    /// <summary>Whether <paramref name="a"/> == <paramref name="b"/> (as decimal's operator: 1.0 equals 1, −0 equals 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal(decimal a, decimal b) => Compare(a, b) == 0;

    /// <summary>Both absent, or both present and equal (as the lifted <c>==</c> of <c>decimal?</c>).</summary>
    public static bool Equal(decimal? a, decimal? b) =>
        a is { } x ? b is { } y && Equal(x, y) : b is null;

    /// <summary>Whether <paramref name="value"/> == 0 (a zero of any scale or sign).</summary>
    public static bool IsZero(decimal value) => Unsafe.As<decimal, Words>(ref value) is var w && (w.High | w.Low) == 0;

    /// <summary>Whether <paramref name="value"/> &gt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPositive(decimal value) => !decimal.IsNegative(value) && !IsZero(value);

    /// <summary>Whether <paramref name="value"/> &lt; 0 (a negative zero is not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBelowZero(decimal value) => decimal.IsNegative(value) && !IsZero(value);

    /// <summary>Exactly 1 at scale 0 (the raw decimal 1: no sign, no scale, mantissa 1); 1.0 is not.</summary>
    public static bool IsOneAtScaleZero(decimal value) => Unsafe.As<decimal, Words>(ref value) is var w && w.Flags == 0 && w.High == 0 && w.Low == 1;

    /// <summary>The raw words as read here (flags, high 32 bits, low 64), for the layout test.</summary>
    internal static (int Flags, uint High, ulong Low) WordsOf(decimal value) =>
        Unsafe.As<decimal, Words>(ref value) is var w ? (w.Flags, w.High, w.Low) : default;

    // decimal's fields in order, read as plain fields (no helper calls: under the profile's settings even one-line
    // helpers stayed calls).
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Words
    {
        public readonly int Flags;
        public readonly uint High;
        public readonly ulong Low;
    }

    // Different signs or different scales.
    private static int CompareApart(int fa, uint ha, ulong la, int fb, uint hb, ulong lb, decimal a, decimal b)
    {
        var zeroA = (ha | la) == 0;
        var zeroB = (hb | lb) == 0;
        if (zeroA || zeroB)
        {
            // A zero against anything: the other's sign (two zeros are equal).
            return zeroA && zeroB ? 0 : zeroA ? (fb < 0 ? 1 : -1) : (fa < 0 ? -1 : 1);
        }

        if (((fa ^ fb) & SignBit) != 0)
        {
            return fa < 0 ? -1 : 1;
        }

        // One sign, two scales: the one of fewer decimals is scaled up to the other's, if that fits 128 bits exactly.
        var scaleA = (fa >> 16) & 0xFF;
        var scaleB = (fb >> 16) & 0xFF;
        int magnitude;
        if (scaleA < scaleB && ha == 0 && scaleB - scaleA < DecimalDigits.PowersOfTen.Length)
        {
            magnitude = Order(Scaled(la, scaleB - scaleA), Wide(hb, lb));
        }
        else if (scaleB < scaleA && hb == 0 && scaleA - scaleB < DecimalDigits.PowersOfTen.Length)
        {
            magnitude = Order(Wide(ha, la), Scaled(lb, scaleA - scaleB));
        }
        else
        {
            return Math.Sign(decimal.Compare(a, b));
        }

        return fa < 0 ? -magnitude : magnitude;
    }

    private static UInt128 Scaled(ulong mantissa, int places)
    {
        var high = Math.BigMul(mantissa, DecimalDigits.PowersOfTen[places], out var low);
        return new UInt128(high, low);
    }

    private static UInt128 Wide(uint high, ulong low) => new(high, low);

    private static int Order(UInt128 x, UInt128 y) => x < y ? -1 : x > y ? 1 : 0;
}
