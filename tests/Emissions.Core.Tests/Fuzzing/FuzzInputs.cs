using System.Text;
using System.Text.Json;

namespace Emissions.Core.Tests.Fuzzing;

/// <summary>
/// Random inputs for one public parser: concatenations of the pieces its grammar is made of (so that
/// most inputs get deep into the parser) with an occasional random character, from a seeded generator
/// so that every sweep can be replayed.
/// </summary>
public static class FuzzInputs
{
    private static readonly string[] NumberPieces =
        ["0", "1", "7", "9", "12", "000", "1,234", ",", ".", "e", "E", "e28", "e-29", "+", "-", "\n", " ", "\u2009", "\u00A0",
         "79228162514264337593543950335", "0.0000000000000000000000000001", "1e28", "٣", "１"];

    private static readonly string[] UnitPieces =
        ["kg", "t", "g", "MWh", "kWh", "GJ", "TJ", "m", "m²", "m³", "Nm³", "L", "万", "萬", "亿", "千個", "吨", "噸", "度", "兆瓦時", "人", "%",
         "tCO2e", "kgCO2", "tC", "h", "day", "mu", "亩", "元", "USD", "CNY", "/", "/", "·", "*", "×", "⋅", "(", ")", "^", "^-", "^2", "^99",
         "^128", "^-2147483648", "²", "³", "⁹", "⁴", "10", "10⁴", "10^", "9", "99", "-", " ", "\n"];

    private static readonly string[] FormulaPieces =
        ["a", "b", "s1_2023", "dc.energy.it", "ghg.total", "energy.power-loss", "_x", "1", "2.5", "100", "3.6 GJ/MWh", "2 t", "10^999t",
         " + ", " - ", "-", " * ", " / ", "×", "·", "(", ")", "(", ")", "sum(", "yoy(", "pp(", ", ", ",", "@absorption-rate[forest]", "@x[",
         "]", " ", "kg", "^2", "e5", ".", "..", "1.2.3"];

    private static readonly string[] Atoms = ["kg", "t", "MWh", "kWh", "GJ", "m³", "Nm³", "万吨", "萬噸", "兆瓦時", "人", "%", "tCO2e", "h", "10⁴Nm³", "亩"];

    // Half the inputs are built from pieces at random, half are well-formed, so that both the refusals and the
    // parses that must print back are exercised.
    public static string Number(Random random) => random.Next(2) == 0 ? Concat(random, NumberPieces, 6) : WellFormedNumber(random);

    public static string Unit(Random random) => random.Next(2) == 0 ? Concat(random, UnitPieces, 8) : WellFormedUnit(random);

    public static string Quantity(Random random) => $"{Number(random)}{(random.Next(3) == 0 ? "" : " ")}{Unit(random)}";

    private static string WellFormedNumber(Random random)
    {
        var sb = new StringBuilder(random.Next(3) == 0 ? "-" : "");
        sb.Append(random.Next(1, 1000));
        for (var groups = random.Next(4); groups > 0; groups--)
        {
            sb.Append(random.Next(2) == 0 ? "," : "").Append(random.Next(1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (random.Next(2) == 0)
        {
            sb.Append('.').Append(random.Next(100_000));
        }

        return random.Next(10) == 0 ? sb.Append('\n').ToString() : sb.ToString();
    }

    private static string WellFormedUnit(Random random)
    {
        var sb = new StringBuilder(Atoms[random.Next(Atoms.Length)]);
        for (var n = random.Next(3); n > 0; n--)
        {
            sb.Append("/·"[random.Next(2)]).Append(Atoms[random.Next(Atoms.Length)]);
            if (random.Next(4) == 0)
            {
                sb.Append('^').Append(random.Next(-3, 4));
            }
        }

        return sb.ToString();
    }

    public static string Formula(Random random) => Concat(random, FormulaPieces, 14);

    /// <summary>A check request whose strings are fuzzed, or (one in four) a valid one with a few characters changed.</summary>
    public static string CheckBody(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var figures = new StringBuilder();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            figures.Append(i == 0 ? "" : ",").Append(random.Next(4) switch
            {
                0 => $$"""{"id": "a{{i}}", "value": {{Json(Quantity(random))}}}""",
                1 => $$"""{"id": "a{{i}}", "value": {{Json(Number(random))}}, "unit": {{Json(Unit(random))}}}""",
                2 => $$"""{"id": "a{{i}}", "metric": "ghg.total", "value": {{Json(Quantity(random))}}, "qualifier": "about"}""",
                _ => $$"""{"id": "a{{i}}", "metric": "org.headcount", "value": {{Json(Number(random))}}}""",
            });
        }

        var body = $$"""{"period": "2020", "figures": [{{figures}}], "relations": [{"id": "r", "metric": "a0", "formula": {{Json(random.Next(2) == 0 ? Formula(random) : "a0 * 1")}}}]}""";
        return random.Next(4) == 0 ? Mutate(random, body) : body;
    }

    private static string Mutate(Random random, string text)
    {
        var chars = text.ToCharArray();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            chars[random.Next(chars.Length)] = "{}[]\",:0a\\ -"[random.Next(12)];
        }

        return new string(chars);
    }

    private static string Json(string text) => JsonSerializer.Serialize(text);

    private static string Concat(Random random, string[] pieces, int maxPieces)
    {
        ArgumentNullException.ThrowIfNull(random);
        var sb = new StringBuilder();
        for (var n = random.Next(1, maxPieces + 1); n > 0; n--)
        {
            sb.Append(random.Next(20) == 0 ? (char)random.Next(0x20, 0x3000) : pieces[random.Next(pieces.Length)]);
        }

        return sb.ToString();
    }
}
