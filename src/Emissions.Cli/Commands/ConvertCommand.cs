using System.CommandLine;
using Emissions.Quantities;

namespace Emissions.Cli.Commands;

/// <summary>`emissions convert "69.44 萬噸" t` → `694400 t`: exact, trailing zeros trimmed, no rounding.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var quantity = new Argument<string>("quantity") { Description = "a value with its unit as printed, e.g. \"721,117.23 兆瓦時\"" };
        var unit = new Argument<string>("unit") { Description = "the target unit symbol, e.g. GJ" };
        var water = new Option<bool>("--water") { Description = "the quantity is water: convert mass ↔ volume at 1 t = 1 m³" };
        var numberFormat = new Option<string>("--number-format") { Description = "invariant (1,234.5, the default) or decimal-comma (1.234,5 or 1 234,5)" };
        var command = new Command("convert", "Convert a printed quantity to another unit, exactly.") { quantity, unit, water, numberFormat };
        command.SetAction(parse => context.Guard("convert", () =>
        {
            var text = parse.GetValue(quantity)!;
            var formatName = parse.GetValue(numberFormat);
            if (!NumberFormats.TryParse(formatName, out var format))
            {
                throw new CliInputException($"--number-format '{formatName}': expected {NumberFormats.Expected}");
            }

            var source = Measurement.Parse(text, format);
            var target = Unit.Parse(parse.GetValue(unit)!);
            var result = Convert(text.Trim(), source, target, parse.GetValue(water), out var rounded);
            foreach (var caveat in new[] { source.Unit.Caveat, target.Caveat }.OfType<string>().Distinct(StringComparer.Ordinal))
            {
                context.Error.WriteLine($"emissions convert: warning: {caveat}");
            }

            if (rounded)
            {
                context.Error.WriteLine(result.Value == 0m
                    ? $"emissions convert: warning: '{text.Trim()}' in '{target.Symbol}' is below decimal's smallest step (28 decimal places) and rounds to 0"
                    : $"emissions convert: note: the exact result has more digits than decimal holds (28 significant digits, at most 28 decimal places); rounded half to even");
            }

            context.Output.WriteLine(result.ToExactString());
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Measurement Convert(string text, Measurement source, Unit target, bool water, out bool rounded)
    {
        rounded = false;
        if (source.Dimension != target.Dimension && IsWaterPair(source.Dimension, target.Dimension))
        {
            if (!water)
            {
                throw new QuantityException(QuantityError.WrongKind,
                    $"'{text}' is {source.Unit.Kind} and '{target.Symbol}' is {target.Kind}: mass and volume convert only for water",
                    $"a target unit of {source.Unit.Kind}, or --water to use {WaterDensity.ConventionName}");
            }

            // Through the canonical unit of the target's kind; the density convention is the only step that is not a unit ratio.
            var converted = target.Dimension == Dimension.VolumeDim
                ? WaterDensity.AsVolume(source.Quantity, out _)
                : WaterDensity.AsMass(source.Quantity, out _);
            return converted.ToUnit(target);
        }

        if (source.Dimension != target.Dimension)
        {
            throw new QuantityException(QuantityError.WrongKind,
                $"cannot convert '{text}' to '{target.Symbol}': '{source.Unit.Symbol}' is {source.Unit.Kind}, '{target.Symbol}' is {target.Kind}",
                $"a target unit of {source.Unit.Kind}");
        }

        return source.ConvertTo(target, out rounded);
    }

    private static bool IsWaterPair(Dimension a, Dimension b) =>
        (a == Dimension.MassDim && b == Dimension.VolumeDim) || (a == Dimension.VolumeDim && b == Dimension.MassDim);
}
