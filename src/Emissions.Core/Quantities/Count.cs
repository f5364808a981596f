using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Count, stored exactly as Persons (its canonical unit).</summary>
public readonly partial record struct Count : IQuantity<Count, CountUnit>, IComparable<Count>
{
    private Count(decimal canonical) => Persons = canonical;

    public static Dimension Dimension => Dimension.PersonDim;

    public static Count Zero => default;

    public decimal Persons { get; }

    decimal IQuantity<Count, CountUnit>.CanonicalValue => Persons;

    public static Count FromCanonical(decimal canonicalValue) => new(canonicalValue);

    public static string SymbolOf(CountUnit unit) => unit switch
    {
        CountUnit.Person => "person",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Count From(decimal value, CountUnit unit) => TypedQuantity.From<Count, CountUnit>(value, unit);

    public static Count FromPersons(decimal value) => From(value, CountUnit.Person);

    public static Count Parse(string text) => TypedQuantity.Parse<Count, CountUnit>(text);

    public static bool TryParse(string text, out Count result) => TypedQuantity.TryParse<Count, CountUnit>(text, out result);

    public static Count FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Count, CountUnit>(quantity);

    public decimal As(CountUnit unit) => TypedQuantity.As(this, unit);

    public Measurement ToUnit(CountUnit unit) => TypedQuantity.ToUnit(this, unit);

    public Quantity ToQuantity() => new(Persons, Dimension);

    public static Count operator +(Count a, Count b) => new(Arithmetic.Add(a.Persons, b.Persons));

    public static Count operator -(Count a, Count b) => new(Arithmetic.Subtract(a.Persons, b.Persons));

    public static Count operator *(Count a, decimal factor) => new(Arithmetic.Multiply(a.Persons, factor));

    public static Count operator *(decimal factor, Count a) => a * factor;

    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Count a, Count b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    public static bool operator <(Count a, Count b) => a.Persons < b.Persons;

    public static bool operator >(Count a, Count b) => a.Persons > b.Persons;

    public static bool operator <=(Count a, Count b) => a.Persons <= b.Persons;

    public static bool operator >=(Count a, Count b) => a.Persons >= b.Persons;

    public Count Add(Count other) => this + other;

    public Count Subtract(Count other) => this - other;

    public Count Multiply(decimal factor) => this * factor;

    public int CompareTo(Count other) => Persons.CompareTo(other.Persons);

    public override string ToString() => TypedQuantity.Format(this, CountUnit.Person);
}
