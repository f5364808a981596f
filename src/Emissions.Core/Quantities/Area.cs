using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Area, stored exactly as SquareMetres (its canonical unit).</summary>
public readonly partial record struct Area : IQuantity<Area, AreaUnit>, IComparable<Area>
{
    private Area(decimal canonical) => SquareMetres = canonical;

    public static Dimension Dimension => Dimension.AreaDim;

    public static Area Zero => default;

    public decimal SquareMetres { get; }

    decimal IQuantity<Area, AreaUnit>.CanonicalValue => SquareMetres;

    public static Area FromCanonical(decimal canonicalValue) => new(canonicalValue);

    public static string SymbolOf(AreaUnit unit) => unit switch
    {
        AreaUnit.SquareMetre => "m²",
        AreaUnit.SquareKilometre => "km²",
        AreaUnit.Hectare => "ha",
        AreaUnit.Mu => "mu",
        AreaUnit.SquareFoot => "ft²",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Area From(decimal value, AreaUnit unit) => TypedQuantity.From<Area, AreaUnit>(value, unit);

    public static Area FromSquareMetres(decimal value) => From(value, AreaUnit.SquareMetre);

    public static Area FromHectares(decimal value) => From(value, AreaUnit.Hectare);

    public static Area FromMu(decimal value) => From(value, AreaUnit.Mu);

    public static Area FromSquareFeet(decimal value) => From(value, AreaUnit.SquareFoot);

    public static Area Parse(string text) => TypedQuantity.Parse<Area, AreaUnit>(text);

    public static bool TryParse(string text, out Area result) => TypedQuantity.TryParse<Area, AreaUnit>(text, out result);

    public static Area FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Area, AreaUnit>(quantity);

    public decimal As(AreaUnit unit) => TypedQuantity.As(this, unit);

    public Measurement ToUnit(AreaUnit unit) => TypedQuantity.ToUnit(this, unit);

    public Quantity ToQuantity() => new(SquareMetres, Dimension);

    public static Area operator +(Area a, Area b) => new(Arithmetic.Add(a.SquareMetres, b.SquareMetres));

    public static Area operator -(Area a, Area b) => new(Arithmetic.Subtract(a.SquareMetres, b.SquareMetres));

    public static Area operator *(Area a, decimal factor) => new(Arithmetic.Multiply(a.SquareMetres, factor));

    public static Area operator *(decimal factor, Area a) => a * factor;

    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Area a, Area b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    public static bool operator <(Area a, Area b) => a.SquareMetres < b.SquareMetres;

    public static bool operator >(Area a, Area b) => a.SquareMetres > b.SquareMetres;

    public static bool operator <=(Area a, Area b) => a.SquareMetres <= b.SquareMetres;

    public static bool operator >=(Area a, Area b) => a.SquareMetres >= b.SquareMetres;

    public Area Add(Area other) => this + other;

    public Area Subtract(Area other) => this - other;

    public Area Multiply(decimal factor) => this * factor;

    public int CompareTo(Area other) => SquareMetres.CompareTo(other.SquareMetres);

    public override string ToString() => TypedQuantity.Format(this, AreaUnit.SquareMetre);
}
