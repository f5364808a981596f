using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>Number formatting for explanations and tables: invariant culture, thousands separators, no exponent.</summary>
public static class Display
{
    /// <summary>Rounded half away from zero to <paramref name="decimals"/>, trailing zeros trimmed: 720,827.6856.</summary>
    public static string Number(decimal value, int decimals)
    {
        var rounded = RoundTo(value, Math.Clamp(decimals, -27, 28));
        var text = rounded.ToString("#,##0." + new string('#', Math.Clamp(decimals, 0, 28)), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    /// <summary>As printed: the exact decimals the value carries, with thousands separators.</summary>
    public static string Printed(decimal value) =>
        value.ToString("#,##0" + (value.Scale > 0 ? "." + new string('0', value.Scale) : ""), CultureInfo.InvariantCulture);

    public static string WithSign(decimal value, int decimals) => (value > 0m ? "+" : "") + Number(value, decimals);

    /// <summary>A fraction as a percentage with three significant digits: 0.00040169 → "0.0402 %".</summary>
    public static string Percent(decimal fraction, bool withSign = false)
    {
        var percent = fraction * 100m;
        var text = Significant(percent, 3);
        return (withSign && percent > 0m ? "+" : "") + text + " %";
    }

    /// <summary>With <paramref name="digits"/> significant digits, trailing zeros kept (0.110).</summary>
    public static string Significant(decimal value, int digits)
    {
        if (value == 0m)
        {
            return "0";
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var decimals = Math.Max(0, digits - 1 - magnitude);
        var rounded = RoundTo(value, Math.Min(decimals, 28));
        return rounded.ToString("#,##0" + (decimals > 0 ? "." + new string('0', Math.Min(decimals, 28)) : ""), CultureInfo.InvariantCulture);
    }

    /// <summary>Half away from zero at <paramref name="decimals"/>; negative decimals round to tens, hundreds …</summary>
    public static decimal RoundTo(decimal value, int decimals)
    {
        if (decimals >= 0)
        {
            return Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        }

        var unit = 1m;
        for (var i = 0; i < -decimals; i++)
        {
            unit *= 10m;
        }

        return Math.Round(value / unit, 0, MidpointRounding.AwayFromZero) * unit;
    }

    /// <summary>A unit symbol a reader of English expects: 吉焦 → GJ, 兆瓦時 → MWh; compound or unknown symbols stay as they are.</summary>
    public static string EnglishSymbol(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Symbol.All(char.IsAscii))
        {
            return unit.Symbol;
        }

        foreach (var (symbol, candidate) in UnitCatalog.Symbols)
        {
            if (symbol.Length > 0 && symbol.All(c => char.IsAscii(c) || c is '²' or '³') && candidate.IsEquivalentTo(unit))
            {
                return symbol;
            }
        }

        return unit.Symbol;
    }
}
