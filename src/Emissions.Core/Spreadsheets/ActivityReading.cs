using System.Text.Json;
using Emissions.Inventory;

namespace Emissions.Spreadsheets;

/// <summary>
/// An activity workbook read as the CONTRACT "Calculate" request (<see cref="Json"/>), with where each field came from,
/// so that an error the calculation raises about "$.fuels[1].amount" names "inventory.xlsx sheet 'Fuels' row 3 column B (amount)".
/// </summary>
internal sealed class ActivityReading(byte[] json, IReadOnlyDictionary<string, string> locations, string file)
{
    /// <summary>The request as UTF-8 JSON.</summary>
    public byte[] Json { get; } = json;

    public JsonDocument Document() => JsonDocument.Parse(Json);

    /// <summary>The error with its JSON path replaced by the sheet, row and column it came from.</summary>
    public InputException Locate(InputException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var path = error.Path;
        string? best = null;
        foreach (var key in locations.Keys)
        {
            if ((path == key || path.StartsWith(key + ".", StringComparison.Ordinal) || path.StartsWith(key + "[", StringComparison.Ordinal))
                && (best is null || key.Length > best.Length))
            {
                best = key;
            }
        }

        var place = best is not null ? locations[best]
            : path.StartsWith("$.", StringComparison.Ordinal) ? $"{file} ({path[2..]})"
            : path == "$" ? file : path;
        return new InputException(place, AsWritten(error.Value), error.Expected, error.Error, error, error.Reason);
    }

    /// <summary>An amount the reader quotes as JSON ({"value":"lots","unit":"t"}) as the cells held it: "lots t".</summary>
    private static string? AsWritten(string? value)
    {
        if (value is null || !value.StartsWith('{'))
        {
            return value;
        }

        try
        {
            using var amount = JsonDocument.Parse(value);
            return string.Join(' ', amount.RootElement.EnumerateObject()
                .Where(p => p.Name is "value" or "unit" && p.Value.ValueKind == JsonValueKind.String).Select(p => p.Value.GetString()));
        }
        catch (JsonException)
        {
            return value;
        }
    }

    /// <summary>Runs <paramref name="run"/> on the request; an input error names the cell it came from.</summary>
    public T Run<T>(Func<JsonElement, T> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var document = Document();
        try
        {
            return run(document.RootElement);
        }
        catch (InputException ex)
        {
            throw Locate(ex);
        }
    }
}
