using System.Runtime.CompilerServices;

namespace Emissions.Verification;

/// <summary>
/// A decimal's 96-bit mantissa, read in place: <see cref="decimal.GetBits(decimal, Span{int})"/> copies all four words,
/// which costs more than the addition <see cref="High"/> guards (<see cref="OutwardRounding"/>) and about as much as
/// writing a short number's digits (<see cref="ReportNumberText"/>).
/// </summary>
internal static class DecimalBits
{
    // System.Decimal is laid out as flags, then the high 32 bits, then the low 64 (.NET Core 3.0 on). Checked once against
    // GetBits: should a runtime lay it out otherwise, High answers uint.MaxValue and every caller takes its checked path,
    // and Mantissa reads through GetBits.
    private static readonly bool LayoutKnown = CheckLayout();

    /// <summary>The mantissa's bits 64–95 (the third word of <see cref="decimal.GetBits(decimal)"/>), or uint.MaxValue if the layout is not the known one.</summary>
    public static uint High(decimal value) =>
        LayoutKnown ? Unsafe.Add(ref Unsafe.As<decimal, uint>(ref value), 1) : uint.MaxValue;

    /// <summary>The whole mantissa as its high 32 bits and its low 64 (the value without sign and scale).</summary>
    public static (uint High, ulong Low) Mantissa(decimal value)
    {
        if (LayoutKnown)
        {
            return (Unsafe.Add(ref Unsafe.As<decimal, uint>(ref value), 1), Unsafe.Add(ref Unsafe.As<decimal, ulong>(ref value), 1));
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return ((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
    }

    /// <summary>The same decimal to the bit (sign, scale and mantissa), or both null: 1.0 and 1.00 are equal values, not the same bits.</summary>
    public static bool Same(decimal? a, decimal? b) => a is { } x ? b is { } y && Of(x) == Of(y) : b is null;

    /// <summary>The decimal's 128 bits as they lie (flags, high, low and middle words): equal exactly when <see cref="Same"/>.</summary>
    public static UInt128 Of(decimal value) => Unsafe.As<decimal, UInt128>(ref value);

    private static bool CheckLayout()
    {
        var probe = new decimal(0x0102_0304, 0x0506_0708, 0x090A_0B0C, true, 7);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(probe, bits);
        return Unsafe.Add(ref Unsafe.As<decimal, uint>(ref probe), 1) == (uint)bits[2]
            && Unsafe.Add(ref Unsafe.As<decimal, ulong>(ref probe), 1) == (((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
    }
}
