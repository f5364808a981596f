using Emissions.Quantities;
using Emissions.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Quantities;

/// <summary>Properties over generated printed values (up to 15 significant digits, up to 6 decimals, either sign).</summary>
public class QuantityPropertyTests
{
    private static readonly Config Runs = PropertyRuns.Quick(300);

    // A printed value: a 15-digit mantissa with an explicit scale, so "12.30" keeps its trailing zero.
    private static readonly Gen<decimal> Printed =
        from high in Gen.Choose(0, 999_999)
        from low in Gen.Choose(0, 999_999_999)
        from scale in Gen.Choose(0, 6)
        from negative in Gen.Elements(false, true)
        select Compose((ulong)high * 1_000_000_000UL + (ulong)low, scale, negative);

    // Unit pairs whose ratio is an exact fraction whose round trip stays within decimal precision.
    public static TheoryData<string, string> ExactPairs => new()
    {
        { "t", "kg" },
        { "kg", "t" },
        { "萬噸", "t" },
        { "t", "萬噸" },
        { "MWh", "kWh" },
        { "kWh", "MWh" },
        { "GJ", "MJ" },
        { "MJ", "GJ" },
        { "m²", "ha" },
        { "ha", "m²" },
        { "m²", "亩" },
        { "tCO2/MWh", "kgCO2/kWh" },
        { "kgCO2/kWh", "tCO2/MWh" },
        { "h", "s" },
        { "kW", "W" },
        { "L", "m³" },
        { "亿元", "万元" },
    };

    [Theory]
    [MemberData(nameof(ExactPairs))]
    public void Converting_there_and_back_gives_the_value_exactly(string from, string to)
    {
        var source = Unit.Parse(from);
        var target = Unit.Parse(to);

        Prop.ForAll(Printed.ToArbitrary(), value =>
                target.ConvertTo(source.ConvertTo(value, target), source) == value)
            .Check(Runs);
    }

    [Fact]
    public void Tonnes_to_kilograms_is_exactly_times_one_thousand() =>
        Prop.ForAll(Printed.ToArbitrary(), value =>
                Measurement.Parse($"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} t").ConvertTo("kg").Value == value * 1000m)
            .Check(Runs);

    [Fact]
    public void Tonnes_per_megawatt_hour_and_kilograms_per_kilowatt_hour_are_the_same_number() =>
        Prop.ForAll(Printed.ToArbitrary(), value =>
                EmissionFactor.FromTonnesCo2PerMegawattHour(value).As("kgCO2/kWh") == value)
            .Check(Runs);

    [Fact]
    public void Formatting_then_parsing_any_value_in_any_unit_keeps_value_scale_and_unit()
    {
        var symbols = UnitCatalog.Symbols.Keys.Concat(["萬噸", "tCO2/MWh", "噸/人", "GJ/10⁴Nm³", "kgCO2/(mu·day)", "t/万元"]).ToArray();
        var gen = from value in Printed
                  from symbol in Gen.Elements(symbols)
                  select new Measurement(value, Unit.Parse(symbol));

        Prop.ForAll(gen.ToArbitrary(), measurement =>
            {
                var again = Measurement.Parse(measurement.ToString());
                return again.Value == measurement.Value
                       && again.Scale == measurement.Scale
                       && again.Unit.Symbol == measurement.Unit.Symbol
                       && again.Unit.IsEquivalentTo(measurement.Unit);
            })
            .Check(Runs);
    }

    [Fact]
    public void Adding_quantities_of_one_kind_is_commutative()
    {
        // GJ and 亩 have repeating canonical values (kWh, m²): addition still commutes.
        var kinds = new[] { "kWh", "GJ", "t", "tCO2e", "m³", "m²", "亩", "h", "person", "%", "CNY", "tCO2/MWh" };
        var gen = from kind in Gen.Elements(kinds)
                  from a in Printed
                  from b in Printed
                  select (A: Quantity.From(a, kind), B: Quantity.From(b, kind));

        Prop.ForAll(gen.ToArbitrary(), t => t.A + t.B == t.B + t.A && (t.A + t.B).Dimension == t.A.Dimension)
            .Check(Runs);
    }

    [Fact]
    public void Adding_quantities_with_terminating_canonical_values_is_associative_and_undone_by_subtraction()
    {
        var kinds = new[] { "kWh", "MWh", "t", "萬噸", "tCO2e", "m³", "m²", "ha", "h", "person", "%", "CNY", "tCO2/MWh" };
        var gen = from kind in Gen.Elements(kinds)
                  from a in Printed
                  from b in Printed
                  from c in Printed
                  select (A: Quantity.From(a, kind), B: Quantity.From(b, kind), C: Quantity.From(c, kind));

        Prop.ForAll(gen.ToArbitrary(), t => (t.A + t.B) + t.C == t.A + (t.B + t.C) && t.A + t.B - t.B == t.A)
            .Check(Runs);
    }

    [Fact]
    public void Adding_quantities_of_different_kinds_always_fails_naming_both_kinds()
    {
        var units = new[] { "kWh", "t", "tCO2e", "m³", "m²", "h", "person", "%", "tCO2/MWh", "kW", "tC" };
        var gen = from first in Gen.Elements(units)
                  from second in Gen.Elements(units)
                  where first != second
                  from a in Printed
                  from b in Printed
                  select (A: Quantity.From(a, first), B: Quantity.From(b, second));

        Prop.ForAll(gen.ToArbitrary(), t =>
            {
                var error = Assert.Throws<QuantityException>(() => t.A + t.B);
                return error.Error == QuantityError.IncompatibleKinds
                       && error.Message.Contains(t.A.Kind, StringComparison.Ordinal)
                       && error.Message.Contains(t.B.Kind, StringComparison.Ordinal);
            })
            .Check(Runs);
    }

    [Fact]
    public void Typed_energy_addition_is_exact_across_units() =>
        // Typed energy is held in joules, so MWh + GJ is the exact sum (run-time quantities round GJ → kWh first).
        Prop.ForAll(Printed.ToArbitrary(), Printed.ToArbitrary(), (a, b) =>
                (Energy.FromMegawattHours(a) + Energy.FromGigajoules(b)).As(EnergyUnit.Gigajoule) == (a * 3.6m) + b)
            .Check(Runs);

    [Fact]
    public void Unit_scales_are_kept_in_lowest_terms_so_equal_ratios_are_equal()
    {
        var gen = from n in Gen.Choose(1, 1_000_000)
                  from d in Gen.Choose(1, 1_000_000)
                  from k in Gen.Choose(1, 1000)
                  select (n, d, k);

        Prop.ForAll(gen.ToArbitrary(), t =>
                new UnitScale(t.n, t.d) == new UnitScale((decimal)t.n * t.k, (decimal)t.d * t.k)
                && new UnitScale(t.n, t.d) == new UnitScale(t.n / 1000m, t.d / 1000m))
            .Check(Runs);
    }

    private static decimal Compose(ulong mantissa, int scale, bool negative) =>
        new((int)(mantissa & 0xFFFF_FFFF), (int)(mantissa >> 32), 0, negative, (byte)scale);
}
