using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Volume, stored exactly as CubicMetres (its canonical unit).</summary>
public readonly partial record struct Volume : IQuantity<Volume, VolumeUnit>, IComparable<Volume>
{
    private Volume(decimal canonical) => CubicMetres = canonical;

    public static Dimension Dimension => Dimension.VolumeDim;

    public static Volume Zero => default;

    public decimal CubicMetres { get; }

    decimal IQuantity<Volume, VolumeUnit>.CanonicalValue => CubicMetres;

    public static Volume FromCanonical(decimal canonicalValue) => new(canonicalValue);

    public static string SymbolOf(VolumeUnit unit) => unit switch
    {
        VolumeUnit.CubicMetre => "m³",
        VolumeUnit.Litre => "L",
        VolumeUnit.Millilitre => "mL",
        VolumeUnit.UsGallon => "gal(US)",
        VolumeUnit.TenThousandCubicMetres => "万立方米",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Volume From(decimal value, VolumeUnit unit) => TypedQuantity.From<Volume, VolumeUnit>(value, unit);

    public static Volume FromCubicMetres(decimal value) => From(value, VolumeUnit.CubicMetre);

    public static Volume FromLitres(decimal value) => From(value, VolumeUnit.Litre);

    public static Volume FromUsGallons(decimal value) => From(value, VolumeUnit.UsGallon);

    public static Volume Parse(string text) => TypedQuantity.Parse<Volume, VolumeUnit>(text);

    public static bool TryParse(string text, out Volume result) => TypedQuantity.TryParse<Volume, VolumeUnit>(text, out result);

    public static Volume FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Volume, VolumeUnit>(quantity);

    public decimal As(VolumeUnit unit) => TypedQuantity.As(this, unit);

    public Measurement ToUnit(VolumeUnit unit) => TypedQuantity.ToUnit(this, unit);

    public Quantity ToQuantity() => new(CubicMetres, Dimension);

    public static Volume operator +(Volume a, Volume b) => new(Arithmetic.Add(a.CubicMetres, b.CubicMetres));

    public static Volume operator -(Volume a, Volume b) => new(Arithmetic.Subtract(a.CubicMetres, b.CubicMetres));

    public static Volume operator *(Volume a, decimal factor) => new(Arithmetic.Multiply(a.CubicMetres, factor));

    public static Volume operator *(decimal factor, Volume a) => a * factor;

    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Volume a, Volume b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    public static bool operator <(Volume a, Volume b) => a.CubicMetres < b.CubicMetres;

    public static bool operator >(Volume a, Volume b) => a.CubicMetres > b.CubicMetres;

    public static bool operator <=(Volume a, Volume b) => a.CubicMetres <= b.CubicMetres;

    public static bool operator >=(Volume a, Volume b) => a.CubicMetres >= b.CubicMetres;

    public Volume Add(Volume other) => this + other;

    public Volume Subtract(Volume other) => this - other;

    public Volume Multiply(decimal factor) => this * factor;

    public int CompareTo(Volume other) => CubicMetres.CompareTo(other.CubicMetres);

    public override string ToString() => TypedQuantity.Format(this, VolumeUnit.CubicMetre);
}
