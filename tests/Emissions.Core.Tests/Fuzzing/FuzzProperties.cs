using System.Globalization;
using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Fuzzing;

/// <summary>
/// What every public parser promises for any input: it either parses or throws its documented error
/// (never another exception), and what it parsed prints to text that parses back to the same thing.
/// </summary>
public static class FuzzProperties
{
    /// <summary>DecimalText.TryParse: a bool, never an exception; the value printed invariantly reads back with its scale.</summary>
    public static FuzzOutcome Number(string input)
    {
        if (!DecimalText.TryParse(input, out var value))
        {
            return FuzzOutcome.Refused;
        }

        var printed = value.ToString(CultureInfo.InvariantCulture);
        return DecimalText.TryParse(printed, out var again) && again == value && again.Scale == value.Scale
            ? FuzzOutcome.Parsed
            : FuzzOutcome.RoundTripFailed($"{value} printed as '{printed}' reads back as {again}");
    }

    /// <summary>Unit.Parse: a unit or a QuantityException; the symbol reads back to the same dimension and scale.</summary>
    public static FuzzOutcome Unit(string input) => Guard(() =>
    {
        var unit = Emissions.Quantities.Unit.Parse(input);
        var again = Emissions.Quantities.Unit.Parse(unit.Symbol);
        return again.IsEquivalentTo(unit) ? null : $"'{unit.Symbol}' ({unit.Kind}, {unit.Scale}) reads back as {again.Kind}, {again.Scale}";
    });

    /// <summary>Measurement.Parse: a measurement or a QuantityException; its text reads back to the same value, precision and unit.</summary>
    public static FuzzOutcome Quantity(string input) => Guard(() =>
    {
        var measurement = Measurement.Parse(input);
        var printed = measurement.ToString();
        var again = Measurement.Parse(printed);
        return again.Value == measurement.Value && again.Scale == measurement.Scale && again.Unit.IsEquivalentTo(measurement.Unit)
            ? null
            : $"{measurement.Value} {measurement.Unit.Kind} printed as '{printed}' reads back as {again.Value} {again.Unit.Kind}";
    });

    /// <summary>ExpressionParser.Parse: a tree or an ExpressionException / QuantityException; the printed tree parses back to the same tree.</summary>
    public static FuzzOutcome Formula(string input) => Guard(() =>
    {
        var expr = ExpressionParser.Parse(input);
        var printed = expr.ToString();
        Expr again;
        try
        {
            again = ExpressionParser.Parse(printed);
        }
        catch (Exception ex) when (ex is ExpressionException or QuantityException)
        {
            return $"prints as '{printed}', which does not parse: {ex.Message}";
        }

        return Same(expr, again) ? null : $"prints as '{printed}', which parses to '{again}'";
    });

    /// <summary>CheckRequestReader.Parse: a request or an InputException naming a JSON path.</summary>
    public static FuzzOutcome CheckBody(string input)
    {
        try
        {
            CheckRequestReader.Parse(input);
            return FuzzOutcome.Parsed;
        }
        catch (InputException ex)
        {
            return ex.Path.StartsWith('$') ? FuzzOutcome.Refused : new(FuzzVerdict.Exception, $"InputException without a JSON path: {ex.Message}");
        }
        catch (Exception ex)
        {
            return FuzzOutcome.Escaped(ex);
        }
    }

    /// <summary>Runs a parse-and-print-back property: its answer is null when what parsed read back the same, else what differed.</summary>
    private static FuzzOutcome Guard(Func<string?> property)
    {
        try
        {
            return property() is { } difference ? FuzzOutcome.RoundTripFailed(difference) : FuzzOutcome.Parsed;
        }
        catch (Exception ex) when (ex is QuantityException or ExpressionException)
        {
            return FuzzOutcome.Refused;
        }
        catch (Exception ex)
        {
            return FuzzOutcome.Escaped(ex);
        }
    }

    private static bool Same(Expr a, Expr b) => (a, b) switch
    {
        (Constant x, Constant y) => x.Value.Value == y.Value.Value && x.Value.Scale == y.Value.Scale && x.Value.Unit.IsEquivalentTo(y.Value.Unit),
        (Reference x, Reference y) => x.Name == y.Name,
        (FactorReference x, FactorReference y) => x == y,
        (Negation x, Negation y) => Same(x.Operand, y.Operand),
        (Binary x, Binary y) => x.Operator == y.Operator && Same(x.Left, y.Left) && Same(x.Right, y.Right),
        (FunctionCall x, FunctionCall y) => x.Function == y.Function && x.Arguments.Count == y.Arguments.Count
            && x.Arguments.Zip(y.Arguments).All(p => Same(p.First, p.Second)),
        _ => false,
    };
}
