using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Metrics;

/// <summary>A formula compiled once gives the exact arithmetic of its parsed form, over quantities and over columns.</summary>
public class CompiledFormulaTests
{
    private static readonly Dictionary<string, Quantity> Values = new(StringComparer.Ordinal)
    {
        ["a"] = Quantity.From(120m, "MWh"),
        ["b"] = Quantity.From(100m, "MWh"),
        ["c"] = Quantity.From(3m, ""),
    };

    [Fact]
    public void Running_the_compiled_formula_gives_the_exact_quantity_arithmetic()
    {
        var (a, b, c) = (Values["a"], Values["b"], Values["c"]);

        Assert.Equal(a / b, Run("a / b"));
        Assert.Equal(1.2m, Run("a / b").CanonicalValue);
        Assert.Equal(a - b - (b / c), Run("a - b - b / c"));
        Assert.Equal(0.2m, Run("yoy(a, b)").CanonicalValue);
        Assert.Equal(-1.8m, Run("pp(a / b, c)").CanonicalValue);
        Assert.Equal(b, Run("sum(a, b, -a)"));
        Assert.Equal((a + Quantity.From(3.6m, "GJ")) * c / Quantity.Ratio(2m), Run("(a + 3.6 GJ) * c / 2"));
    }

    [Fact]
    public void A_part_of_a_formula_runs_over_the_whole_formulas_slots()
    {
        var whole = CompiledFormula.Compile(ExpressionParser.Parse("a - b / c"));
        var part = new CompiledFormula.Parts(whole.Names).Of(((Binary)whole.Formula).Right);

        Assert.Equal(["a", "b", "c"], whole.Names);
        Assert.Equal(Values["b"] / Values["c"], part.Run(ExactArithmetic.Instance, slot => Values[whole.Names[slot]]));
    }

    [Fact]
    public void Over_struct_operand_values_a_formula_and_its_parts_give_what_they_give_over_delegates()
    {
        var whole = CompiledFormula.Compile(ExpressionParser.Parse("(a - b) / c + a * 2"));
        var parts = new CompiledFormula.Parts(whole.Names);
        var part = parts.Of(((Binary)((Binary)whole.Formula).Left).Left);
        var values = new ByName(whole.Names);
        var known = new KnownValues<Quantity>();
        known.Reset(parts.Compiled);

        // (120 − 100 MWh) / 3 + 2 × 120 MWh, in kWh (canonical): 20,000 / 3 + 240,000.
        var expected = Values["a"] - Values["b"];
        Assert.Equal(whole.Run(ExactArithmetic.Instance, slot => Values[whole.Names[slot]]), whole.Run<Quantity, ExactArithmetic, ByName>(default, ref values));
        Assert.Equal((120_000m - 100_000m) / 3m + 240_000m, whole.Run<Quantity, ExactArithmetic, ByName>(default, ref values).CanonicalValue);
        Assert.Equal(expected, part.Run<Quantity, ExactArithmetic, ByName>(default, ref values, known));
        Assert.Equal(expected, part.Run<Quantity, ExactArithmetic, ByName>(default, ref values, known));
    }

    [Fact]
    public void A_factor_with_no_factors_to_read_it_from_is_refused_by_name()
    {
        var compiled = CompiledFormula.Compile(ExpressionParser.Parse("a * @ef[electricity]"));

        var error = Assert.Throws<ExpressionException>(() => compiled.Run(ExactArithmetic.Instance, slot => Values[compiled.Names[slot]]));

        Assert.StartsWith("no factor set to resolve ", error.Message, StringComparison.Ordinal);
    }

    private readonly struct ByName(IReadOnlyList<string> names) : IOperandValues<Quantity>
    {
        public Quantity Slot(int slot) => Values[names[slot]];

        public Quantity Factor(FactorReference reference) => throw new InvalidOperationException(reference.ToString());
    }

    private static Quantity Run(string text)
    {
        var compiled = CompiledFormula.Compile(ExpressionParser.Parse(text));
        return compiled.Run(ExactArithmetic.Instance, slot => Values[compiled.Names[slot]]);
    }

    [Fact]
    public void Over_columns_the_formula_reads_each_row_in_canonical_units()
    {
        // Slot 0: facility, slot 1: IT (kWh, canonical); rows 120/100, 150/100 and 130/100 MWh give PUE 1.2, 1.5 and 1.3.
        decimal[]?[] columns = [[120_000m, 150_000m, 130_000m], [100_000m, 100_000m, 100_000m]];
        var pue = CompiledFormula.Compile(ExpressionParser.Parse("facility / it"), name => name == "facility" ? 0 : 1, _ => Dimension.EnergyDim);
        var all = new decimal[3];
        var lastTwo = new decimal[2];

        pue.Run(columns, 0, all);
        pue.Run(columns, 1, lastTwo);

        Assert.Equal(Dimension.None, pue.Kind);
        Assert.Equal([1.2m, 1.5m, 1.3m], all);
        Assert.Equal([1.5m, 1.3m], lastTwo);
    }

    [Fact]
    public void Over_columns_an_inner_node_gives_each_row_what_the_evaluator_gives()
    {
        // facility − it − cooling, then divided by it: inner nodes over a span of rows, as dc.olf over dc.energy.other.
        decimal[]?[] columns = [[1_300m, 1_500m], [1_000m, 1_200m], [150m, 60m]];
        var olf = CompiledFormula.Compile(ExpressionParser.Parse("(facility - it - cooling) / it"), name => name switch { "facility" => 0, "it" => 1, _ => 2 }, _ => Dimension.EnergyDim);
        var rows = new decimal[2];

        olf.Run(columns, 0, rows);

        Assert.Equal([0.15m, 0.2m], rows);
    }

    [Fact]
    public void Adding_different_kinds_fails_once_when_compiled_for_columns()
    {
        var error = Assert.Throws<QuantityException>(() =>
            CompiledFormula.Compile(ExpressionParser.Parse("energy + water"), name => name == "energy" ? 0 : 1, slot => slot == 0 ? Dimension.EnergyDim : Dimension.VolumeDim));

        Assert.Equal(QuantityError.IncompatibleKinds, error.Error);
    }

    [Fact]
    public void Dividing_by_a_zero_row_fails_as_a_quantity_would()
    {
        decimal[]?[] columns = [[1m, 1m], [2m, 0m]];
        var ratio = CompiledFormula.Compile(ExpressionParser.Parse("x / y"), name => name == "x" ? 0 : 1, _ => Dimension.EnergyDim);
        var rows = new decimal[2];

        var error = Assert.Throws<QuantityException>(() => ratio.Run(columns, 0, rows));
        var quantityError = Assert.Throws<QuantityException>(() => Quantity.From(1m, "kWh") / Quantity.From(0m, "kWh"));

        Assert.Equal(QuantityError.DivisionByZero, error.Error);
        Assert.Equal(quantityError.Message, error.Message);
        Assert.Equal(0.5m, rows[0]);
    }
}
