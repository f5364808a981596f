using Emissions.Quantities;
using Emissions.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Quantities;

/// <summary>Parse → print → parse is the identity for every unit symbol the catalogue accepts, at any printed precision.</summary>
public class PrintRoundTripPropertyTests
{
    private static readonly Config Runs = PropertyRuns.Quick(40);

    // A printed value: up to 12 significant digits, 0 to 6 decimals (trailing zeros kept), either sign.
    private static readonly Gen<decimal> Printed =
        from mantissa in Gen.Choose(0, int.MaxValue)
        from extra in Gen.Choose(0, 999)
        from scale in Gen.Choose(0, 6)
        from negative in Gen.Elements(false, true)
        select new decimal((int)(((long)mantissa * 1000 + extra) & 0x7FFFFFFF), (int)(((long)mantissa * 1000 + extra) >> 31), 0, negative, (byte)scale);

    public static TheoryData<string> Symbols()
    {
        var data = new TheoryData<string>();
        foreach (var symbol in UnitCatalog.Symbols.Keys.Where(s => s.Length > 0).Order(StringComparer.Ordinal))
        {
            data.Add(symbol);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Symbols))]
    public void Parse_print_parse_is_the_identity(string symbol)
    {
        var unit = UnitParser.Parse(symbol);

        Prop.ForAll(Printed.ToArbitrary(), value =>
            {
                var printed = new Measurement(value, unit).ToString();
                var again = Measurement.Parse(printed);
                return again.Value == value && again.Value.Scale == value.Scale && again.Unit.Symbol == unit.Symbol
                    && again.Unit.IsEquivalentTo(unit) && again.Unit.CalorificBasis == unit.CalorificBasis && again.Unit.Caveat == unit.Caveat
                    && again.ToString() == printed;
            })
            .Check(Runs);
    }
}
