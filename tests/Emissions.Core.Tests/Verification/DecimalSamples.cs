using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Verification;

/// <summary>Raw decimals for the property tests that compare a shortcut with decimal's own arithmetic or formatting.</summary>
internal static class DecimalSamples
{
    // A 31-bit word with its top bit drawn apart: FsCheck's Choose takes ints.
    public static Gen<uint> Word() =>
        from bits in Gen.Choose(0, int.MaxValue) from top in Gen.Elements(0u, 1u << 31) select (uint)bits | top;

    /// <summary>
    /// Any decimal: a 32-, 64- or 96-bit mantissa, every scale, either sign; with <paramref name="shortBelow"/>, a quarter
    /// of them instead a short mantissa below it.
    /// </summary>
    public static Gen<decimal> Raw(uint? shortBelow = null) =>
        from lo in Word()
        from mid in Word()
        from hi in Word()
        from width in Gen.Choose(shortBelow is null ? 1 : 0, 3)
        from negative in Gen.Elements(false, true)
        from scale in Gen.Choose(0, 28)
        select new decimal(width == 0 ? (int)(lo % shortBelow!.Value) : (int)lo, width > 1 ? (int)mid : 0, width > 2 ? (int)hi : 0, negative, (byte)scale);
}
