using System.Runtime.CompilerServices;

namespace Emissions.Verification;

/// <summary>
/// The high 32 bits of a decimal's 96-bit mantissa, read in place: <see cref="decimal.GetBits(decimal, Span{int})"/> copies
/// all four words, which costs more than the addition this guards (<see cref="OutwardRounding"/>).
/// </summary>
internal static class DecimalBits
{
    // System.Decimal is laid out as flags, then the high 32 bits, then the low 64 (.NET Core 3.0 on). Checked once against
    // GetBits: should a runtime lay it out otherwise, High answers uint.MaxValue and every caller takes its checked path.
    private static readonly bool LayoutKnown = CheckLayout();

    /// <summary>The mantissa's bits 64–95 (the third word of <see cref="decimal.GetBits(decimal)"/>), or uint.MaxValue if the layout is not the known one.</summary>
    public static uint High(decimal value) =>
        LayoutKnown ? Unsafe.Add(ref Unsafe.As<decimal, uint>(ref value), 1) : uint.MaxValue;

    private static bool CheckLayout()
    {
        var probe = new decimal(0x0102_0304, 0x0506_0708, 0x090A_0B0C, true, 7);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(probe, bits);
        return Unsafe.Add(ref Unsafe.As<decimal, uint>(ref probe), 1) == (uint)bits[2];
    }
}
