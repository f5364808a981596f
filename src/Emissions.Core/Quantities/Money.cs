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

    public Quantity ToQuantity() => new(Amount, Dimension.MoneyDim(Currency));

    public static Money operator +(Money a, Money b) => a.Currency == b.Currency
        ? new Money(a.Amount + b.Amount, a.Currency)
        : throw new QuantityException(QuantityError.CurrencyMismatch, $"cannot add {a.Currency} and {b.Currency}: Emissions does no currency conversion");

    public static bool operator <(Money a, Money b) => a.CompareTo(b) < 0;

    public static bool operator >(Money a, Money b) => a.CompareTo(b) > 0;

    public static bool operator <=(Money a, Money b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Money a, Money b) => a.CompareTo(b) >= 0;

    public Money Add(Money other) => this + other;

    public int CompareTo(Money other) => Currency == other.Currency
        ? Amount.CompareTo(other.Amount)
        : throw new QuantityException(QuantityError.CurrencyMismatch, $"cannot compare {Currency} and {other.Currency}");

    public override string ToString() => $"{DecimalText.Exact(Amount)} {Currency}";
}
