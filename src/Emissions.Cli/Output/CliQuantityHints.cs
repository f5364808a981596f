using Emissions.Quantities;

namespace Emissions.Cli.Output;

/// <summary>
/// The command line's words for a <see cref="QuantityHint"/>: Core says which pointer applies, and a CLI user is pointed
/// at what the CLI has (a verb, a flag, a field of the input file), never at the service's HTTP resources.
/// </summary>
internal static class CliQuantityHints
{
    /// <summary>The hint of the quantity refusal behind <paramref name="exception"/>, as "; …" to end its line; "" when none applies.</summary>
    public static string For(string verb, Exception exception)
    {
        var quantity = QuantityBehind(exception);
        return quantity?.Hint switch
        {
            QuantityHint.UnitList => "; `emissions units` lists every spelling",
            QuantityHint.DecimalComma => verb switch
            {
                "convert" => "; a number printed as 1.234,5 or 1 234,5 is read with --number-format decimal-comma",
                "check" => "; a table printed as 1.234,5 or 1 234,5 is read with \"options\": {\"numberFormat\": \"decimal-comma\"} in the request file",
                _ => "; a table printed as 1.234,5 or 1 234,5 is read with \"numberFormat\": \"decimal-comma\" in the input file",
            },
            _ => "",
        };
    }

    private static QuantityException? QuantityBehind(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is QuantityException quantity)
            {
                return quantity;
            }
        }

        return null;
    }
}
