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
/// Each property returns null when the input keeps the promise, else what went wrong.
/// </summary>
public static class FuzzProperties
{
    /// <summary>Set by a property when its input parsed (so that a sweep can tell how deep its inputs got); per thread.</summary>
    [ThreadStatic]
    private static bool lastParsed;

    public static bool LastParsed { get => lastParsed; set => lastParsed = value; }

    /// <summary>DecimalText.TryParse: a bool, never an exception; the value printed invariantly reads back with its scale.</summary>
    public static string? Number(string input)
    {
        LastParsed = DecimalText.TryParse(input, out var value);
        if (!LastParsed)
        {
            return null;
        }

        var printed = value.ToString(CultureInfo.InvariantCulture);
        return DecimalText.TryParse(printed, out var again) && again == value && again.Scale == value.Scale
            ? null
            : $"{value} printed as '{printed}' reads back as {again}";
    }

    /// <summary>Unit.Parse: a unit or a QuantityException; the symbol reads back to the same dimension and scale.</summary>
    public static string? Unit(string input) => Guard(input, () =>
    {
        var unit = Emissions.Quantities.Unit.Parse(input);
        LastParsed = true;
        var again = Emissions.Quantities.Unit.Parse(unit.Symbol);
        return again.IsEquivalentTo(unit) ? null : $"'{unit.Symbol}' ({unit.Kind}, {unit.Scale}) reads back as {again.Kind}, {again.Scale}";
    });

    /// <summary>Measurement.Parse: a measurement or a QuantityException; its text reads back to the same value, precision and unit.</summary>
    public static string? Quantity(string input) => Guard(input, () =>
    {
        var measurement = Measurement.Parse(input);
        LastParsed = true;
        var printed = measurement.ToString();
        var again = Measurement.Parse(printed);
        return again.Value == measurement.Value && again.Scale == measurement.Scale && again.Unit.IsEquivalentTo(measurement.Unit)
            ? null
            : $"{measurement.Value} {measurement.Unit.Kind} printed as '{printed}' reads back as {again.Value} {again.Unit.Kind}";
    });

    /// <summary>ExpressionParser.Parse: a tree or an ExpressionException / QuantityException; the printed tree parses back to the same tree.</summary>
    public static string? Formula(string input) => Guard(input, () =>
    {
        var expr = ExpressionParser.Parse(input);
        LastParsed = true;
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
    public static string? CheckBody(string input)
    {
        try
        {
            CheckRequestReader.Parse(input);
            LastParsed = true;
            return null;
        }
        catch (InputException ex)
        {
            return ex.Path.StartsWith('$') ? null : $"InputException without a JSON path: {ex.Message}";
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    private static string? Guard(string input, Func<string?> property)
    {
        try
        {
            return property();
        }
        catch (Exception ex) when (ex is QuantityException or ExpressionException)
        {
            return null;
        }
        catch (Exception ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
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
