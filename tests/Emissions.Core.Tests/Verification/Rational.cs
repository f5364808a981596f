using System.Numerics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Verification;

/// <summary>An exact fraction, so that property tests can compare interval bounds with the true value of a formula.</summary>
internal readonly record struct Rational
{
    private Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            (numerator, denominator) = (-numerator, -denominator);
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = gcd.IsZero ? numerator : numerator / gcd;
        Denominator = gcd.IsZero ? denominator : denominator / gcd;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Rational From(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        return new Rational(bits[3] < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }

    public static Rational operator +(Rational a, Rational b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) =>
        b.Numerator.IsZero ? throw new DivideByZeroException() : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public int CompareTo(decimal value)
    {
        var other = From(value);
        return (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }
}

internal sealed class RationalArithmetic : IArithmetic<Rational>
{
    public static readonly RationalArithmetic Instance = new();

    public Rational Constant(Quantity value) => Rational.From(value.CanonicalValue);

    public Rational Add(Rational left, Rational right) => left + right;

    public Rational Subtract(Rational left, Rational right) => left - right;

    public Rational Multiply(Rational left, Rational right) => left * right;

    public Rational Divide(Rational left, Rational right) => left / right;

    public Rational Negate(Rational value) => -value;
}
