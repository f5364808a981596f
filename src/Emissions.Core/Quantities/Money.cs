namespace Emissions.Quantities;

/// <summary>An amount in one currency (ISO 4217). There are no exchange rates: amounts in different currencies never combine.</summary>
public readonly record struct Money(decimal Amount, string Currency) : IComparable<Money>
{
    /// <summary>Parses "58,776,000,000 CNY", "587.76 亿元", "10 万元".</summary>
    public static Money Parse(string text)
    {
        var measurement = Measurement.Parse(text);
        var dimension = measurement.Dimension;
        if (dimension.Money != 1 || dimension with { Money = 0, Currency = null } != Dimension.None)
        {
            throw QuantityErrors.WrongKind("Money", measurement.Unit);
        }

        return new Money(measurement.Quantity.CanonicalValue, dimension.Currency!);
    }

    /// <summary>The amount as a run-time <see cref="Quantity"/> whose dimension carries the currency, so it divides into revenue intensities.</summary>
    public Quantity ToQuantity() => new(Amount, Dimension.MoneyDim(Currency));

    /// <summary>The exact sum of two amounts in the same currency.</summary>
    /// <param name="a">The first amount.</param>
    /// <param name="b">The second amount.</param>
    /// <exception cref="QuantityException">The currencies differ (code <c>currency-mismatch</c>): there is no currency conversion.</exception>
    /// <exception cref="QuantityException">The sum is beyond decimal's range (code <c>overflow</c>).</exception>
    public static Money operator +(Money a, Money b) => a.Currency == b.Currency
        ? new Money(Arithmetic.Add(a.Amount, b.Amount), a.Currency)
        : throw new QuantityException(QuantityError.CurrencyMismatch, $"cannot add {a.Currency} and {b.Currency}: Emissions does no currency conversion");

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>.</summary>
    /// <param name="a">The left amount.</param>
    /// <param name="b">The right amount, in the same currency.</param>
    /// <exception cref="QuantityException">The currencies differ (code <c>currency-mismatch</c>).</exception>
    public static bool operator <(Money a, Money b) => a.CompareTo(b) < 0;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>.</summary>
    /// <param name="a">The left amount.</param>
    /// <param name="b">The right amount, in the same currency.</param>
    /// <exception cref="QuantityException">The currencies differ (code <c>currency-mismatch</c>).</exception>
    public static bool operator >(Money a, Money b) => a.CompareTo(b) > 0;

    /// <summary>Whether <paramref name="a"/> is at most <paramref name="b"/>.</summary>
    /// <param name="a">The left amount.</param>
    /// <param name="b">The right amount, in the same currency.</param>
    /// <exception cref="QuantityException">The currencies differ (code <c>currency-mismatch</c>).</exception>
    public static bool operator <=(Money a, Money b) => a.CompareTo(b) <= 0;

    /// <summary>Whether <paramref name="a"/> is at least <paramref name="b"/>.</summary>
    /// <param name="a">The left amount.</param>
    /// <param name="b">The right amount, in the same currency.</param>
    /// <exception cref="QuantityException">The currencies differ (code <c>currency-mismatch</c>).</exception>
    public static bool operator >=(Money a, Money b) => a.CompareTo(b) >= 0;

    /// <summary>The named form of <c>+</c>: the exact sum with an amount in the same currency.</summary>
    /// <param name="other">An amount in the same currency.</param>
    /// <exception cref="QuantityException">The currencies differ (code <c>currency-mismatch</c>).</exception>
    public Money Add(Money other) => this + other;

    /// <summary>Orders two amounts in the same currency.</summary>
    /// <param name="other">An amount in the same currency.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="QuantityException">The currencies differ (code <c>currency-mismatch</c>).</exception>
    public int CompareTo(Money other) => Currency == other.Currency
        ? Amount.CompareTo(other.Amount)
        : throw new QuantityException(QuantityError.CurrencyMismatch, $"cannot compare {Currency} and {other.Currency}");

    /// <summary>The exact amount and the currency code, e.g. "58776000000 CNY".</summary>
    public override string ToString() => $"{DecimalText.Exact(Amount)} {Currency}";
}
