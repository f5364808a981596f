using System.Globalization;
using System.Text.Json;
using Emissions.Inventory;

namespace Emissions.Uncertainty;

/// <summary>
/// Reads a request's <c>uncertainty</c> object (CONTRACT "Uncertainty") and the CLI's <c>--uncertainty NAME=VALUE</c>
/// entries into <see cref="UncertaintyOptions"/>, failing on the first bad entry with its path, value and what was expected.
/// </summary>
public static class UncertaintyReader
{
    private const string PercentExpected = "a percentage above 0 and at most 100, e.g. \"2%\"";
    private const string DistributionExpected = "one of normal, uniform, triangular";
    private const string FactorsExpected = "\"ipcc\" (the publisher's range where the library has one, else ±5 %) or a percentage, e.g. \"5%\"";

    /// <summary>The request's <c>uncertainty</c> object at <paramref name="path"/>.</summary>
    public static UncertaintyOptions Read(JsonElement element, string path)
    {
        JsonInput.RequireObject(element, path);
        JsonInput.RejectUnknownFields(element, path, "inputs", "factors", "seed", "draws");
        var inputs = new List<InputUncertainty>();
        if (element.TryGetProperty("inputs", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            JsonInput.RequireObject(given, $"{path}.inputs");
            foreach (var input in given.EnumerateObject())
            {
                var at = $"{path}.inputs.{input.Name}";
                inputs.Add(ReadInput(input.Name, input.Value, at));
            }
        }

        FactorUncertainty? factors = null;
        if (element.TryGetProperty("factors", out var f) && f.ValueKind != JsonValueKind.Null)
        {
            factors = f.ValueKind == JsonValueKind.String
                ? Factors(f.GetString()!, $"{path}.factors")
                : throw new InputException($"{path}.factors", JsonInput.Describe(f), FactorsExpected, InputError.WrongType);
        }

        return new UncertaintyOptions(inputs, factors,
            Integer(element, "seed", path, 0, int.MaxValue, UncertaintyOptions.DefaultSeed, "a whole number from 0"),
            Integer(element, "draws", path, 100, UncertaintyOptions.MaxDraws, UncertaintyOptions.DefaultDraws,
                $"a whole number of Monte Carlo draws from 100 to {UncertaintyOptions.MaxDraws:N0}"));
    }

    /// <summary>
    /// The CLI's entries: <c>electricity=2%</c>, <c>fuels=5%:uniform</c>, <c>factors=ipcc</c> or <c>factors=5%</c>,
    /// <c>seed=7</c>, <c>draws=20000</c>. Errors name "--uncertainty" and the entry.
    /// </summary>
    public static UncertaintyOptions Parse(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var inputs = new List<InputUncertainty>();
        FactorUncertainty? factors = null;
        int seed = UncertaintyOptions.DefaultSeed, draws = UncertaintyOptions.DefaultDraws;
        foreach (var entry in entries)
        {
            const string at = "--uncertainty";
            var split = entry.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0)
            {
                throw new InputException(at, entry, $"NAME=VALUE, e.g. electricity=2% or factors=ipcc (NAME one of {string.Join(", ", UncertaintyInputs.All)}, factors, seed, draws)");
            }

            var (name, value) = (entry[..split].Trim(), entry[(split + 1)..].Trim());
            switch (name)
            {
                case "factors":
                    factors = Factors(value, $"{at} factors");
                    break;
                case "seed":
                    seed = Integer(value, $"{at} seed", 0, int.MaxValue, "a whole number from 0");
                    break;
                case "draws":
                    draws = Integer(value, $"{at} draws", 100, UncertaintyOptions.MaxDraws, $"a whole number of Monte Carlo draws from 100 to {UncertaintyOptions.MaxDraws:N0}");
                    break;
                default:
                    var colon = value.IndexOf(':', StringComparison.Ordinal);
                    var distribution = colon < 0 ? UncertaintyDistribution.Normal : Distribution(value[(colon + 1)..], $"{at} {name}");
                    inputs.Add(new InputUncertainty(InputName(name, $"{at} {name}"), Percent(colon < 0 ? value : value[..colon], $"{at} {name}"), distribution));
                    break;
            }
        }

        return new UncertaintyOptions(inputs, factors, seed, draws);
    }

    private static InputUncertainty ReadInput(string name, JsonElement value, string path)
    {
        var input = InputName(name, path);
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return new InputUncertainty(input, Percent(value.GetString()!, path), UncertaintyDistribution.Normal);
            case JsonValueKind.Object:
                JsonInput.RejectUnknownFields(value, path, "percent", "distribution");
                var percent = JsonInput.OptionalString(value, "percent", path) ?? throw new InputException($"{path}.percent", null, PercentExpected, InputError.Missing);
                var shape = JsonInput.OptionalString(value, "distribution", path);
                return new InputUncertainty(input, Percent(percent, $"{path}.percent"),
                    shape is null ? UncertaintyDistribution.Normal : Distribution(shape, $"{path}.distribution"));
            default:
                throw new InputException(path, JsonInput.Describe(value), $"{PercentExpected}, or {{\"percent\": \"2%\", \"distribution\": \"uniform\"}}", InputError.WrongType);
        }
    }

    private static string InputName(string name, string path) =>
        UncertaintyInputs.All.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InputException(path, name, $"one of {string.Join(", ", UncertaintyInputs.All)}", InputError.UnknownField);

    private static FactorUncertainty Factors(string text, string path) =>
        string.Equals(text.Trim(), "ipcc", StringComparison.OrdinalIgnoreCase) ? FactorUncertainty.Published
        : TryPercent(text, out var p) ? new FactorUncertainty(p) : throw new InputException(path, text, FactorsExpected);

    private static decimal Percent(string text, string path) =>
        TryPercent(text, out var p) ? p : throw new InputException(path, text, PercentExpected);

    private static bool TryPercent(string text, out decimal percent)
    {
        var t = text.Trim().TrimStart('±').TrimEnd('%', '％').Trim();
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent) && percent > 0 && percent <= 100;
    }

    private static UncertaintyDistribution Distribution(string text, string path) => text.Trim().ToLowerInvariant() switch
    {
        "normal" => UncertaintyDistribution.Normal,
        "uniform" => UncertaintyDistribution.Uniform,
        "triangular" => UncertaintyDistribution.Triangular,
        _ => throw new InputException(path, text, DistributionExpected),
    };

    private static int Integer(JsonElement parent, string name, string path, int min, int max, int absent, string expected)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return absent;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= min && n <= max
            ? n
            : throw new InputException($"{path}.{name}", JsonInput.Describe(value), expected);
    }

    private static int Integer(string text, string path, int min, int max, string expected) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : throw new InputException(path, text, expected);
}
