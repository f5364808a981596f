using System.Globalization;
using System.Text.Json;
using Emissions.Inventory;
using Emissions.Uncertainty;

namespace Emissions.Verification;

/// <summary>Reads a check's options.uncertainty: <c>{"figures": "2%", "factors": "ipcc" | "5%", "named": {"electricity": "1%"}}</c>.</summary>
internal static class CheckUncertaintyReader
{
    private const string PercentExpected = "a percentage from 0 to 100, e.g. \"2%\"";

    public static CheckUncertainty? Read(JsonElement options, string path)
    {
        if (!options.TryGetProperty("uncertainty", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var at = $"{path}.uncertainty";
        JsonInput.RequireObject(element, at);
        JsonInput.RejectUnknownFields(element, at, "figures", "factors", "named");
        var factors = JsonInput.OptionalString(element, "factors", at);
        var named = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (element.TryGetProperty("named", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            JsonInput.RequireObject(given, $"{at}.named");
            foreach (var entry in given.EnumerateObject())
            {
                named[entry.Name] = entry.Value.ValueKind == JsonValueKind.String
                    ? Percent(entry.Value.GetString()!, $"{at}.named.{entry.Name}")
                    : throw new InputException($"{at}.named.{entry.Name}", JsonInput.Describe(entry.Value), PercentExpected, InputError.WrongType);
            }
        }

        return new CheckUncertainty(
            JsonInput.OptionalString(element, "figures", at) is { } figures ? Percent(figures, $"{at}.figures") : null,
            factors is null ? null
                : string.Equals(factors.Trim(), "ipcc", StringComparison.OrdinalIgnoreCase) ? FactorUncertainty.DocumentedDefaultPercent : Percent(factors, $"{at}.factors"),
            named);
    }

    private static decimal Percent(string text, string path)
    {
        var t = text.Trim().TrimStart('±').TrimEnd('%', '％').Trim();
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) && p >= 0 && p <= 100
            ? p
            : throw new InputException(path, text, PercentExpected);
    }
}
