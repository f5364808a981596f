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
        var command = new Command("convert", "Convert a printed quantity to another unit, exactly.") { quantity, unit, water };
        command.SetAction(parse => context.Guard("convert", () =>
        {
            var source = Measurement.Parse(parse.GetValue(quantity)!);
            var target = Unit.Parse(parse.GetValue(unit)!);
            var result = Convert(source, target, parse.GetValue(water));
            context.Output.WriteLine(result.ToString());
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Measurement Convert(Measurement source, Unit target, bool water)
    {
        if (water && source.Dimension != target.Dimension)
        {
            var volume = WaterDensity.AsVolume(source.Quantity, out _);
            if (target.Dimension == Dimension.VolumeDim)
            {
                return volume.ToUnit(target);
            }

            if (target.Dimension == Dimension.MassDim && source.Dimension == Dimension.VolumeDim)
            {
                return new Quantity(source.Quantity.CanonicalValue * 1000m, Dimension.MassDim).ToUnit(target);
            }
        }

        if (source.Dimension != target.Dimension && IsWaterPair(source.Dimension, target.Dimension))
        {
            throw new QuantityException(QuantityError.WrongKind,
                $"'{source}' is {source.Unit.Kind} and '{target.Symbol}' is {target.Kind}: mass and volume convert only for water, say --water to use {WaterDensity.ConventionName}");
        }

        return source.ConvertTo(target);
    }

    private static bool IsWaterPair(Dimension a, Dimension b) =>
        (a == Dimension.MassDim && b == Dimension.VolumeDim) || (a == Dimension.VolumeDim && b == Dimension.MassDim);
}
