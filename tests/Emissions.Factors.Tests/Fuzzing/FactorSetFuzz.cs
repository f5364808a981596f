using System.Text;
using System.Text.Json;
using Emissions.Core.Tests.Fuzzing;
using Emissions.Factors.Loading;

namespace Emissions.Factors.Tests.Fuzzing;

/// <summary>
/// The factor-set file (factors/sets/&lt;id&gt;.json, and the custom set definitions the service accepts) as a fuzz
/// target: <see cref="FactorLibrary.ValidateSet"/> against the shipped library either gives a set or throws
/// <see cref="FactorLibraryException"/> whose every error names a JSON path; a set printed back as a definition
/// validates to the same set (same content hash, id, title, description and countries).
/// </summary>
public static class FactorSetFuzz
{
    private static readonly Lazy<FactorLibrary> Shipped = new(FactorLibrary.LoadShipped);

    private static readonly Lazy<string[]> ShippedDefinitions = new(() => [.. Shipped.Value.Sets.Select(Print)]);

    public static FuzzTarget Target { get; } = new("factor set file", Generate, Property);

    private static readonly string[] Ids = ["acme-2020", "cn-2020", "x", "A B", "", "acme_2020", "-", "acme-2020-", "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-0-1-2-3-4-5-6-7-8-9"];
    private static readonly string[] Methods = ["cn", "ipcc", "", "CN", "ghgp"];
    private static readonly string[] Gwps = ["AR4", "AR5", "AR6", "AR3", "ar5", ""];
    private static readonly string[] Conventions = ["single", "fossil", "", "both"];
    private static readonly string?[] Rows = ["oil-field", "gas-field", null, "coal-field"];
    private static readonly string?[] Bases = ["location-average", "residual-excl-market-non-fossil", "market", "", null];
    private static readonly string[] Years = ["2020", "2024", "1800", "99999", "\"2020\"", "-1", "2020.5", "null", "1e3"];
    private static readonly string[] Countries = ["[]", "[\"CN\"]", "[\"GB\", \"CN\"]", "[\"cn\"]", "[\"CHN\"]", "[1]", "\"CN\""];

    /// <summary>Half are definitions assembled from valid and invalid field values, half shipped definitions with a few characters changed.</summary>
    public static string Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var shipped = ShippedDefinitions.Value;
        return random.Next(2) == 0 ? Assembled(random) : Mutate(random, shipped[random.Next(shipped.Length)]);
    }

    private static string Assembled(Random random)
    {
        var editions = Shipped.Value.Editions.Select(e => e.Path).ToArray();
        var chosen = Enumerable.Range(0, random.Next(0, 7)).Select(_ => random.Next(8) == 0 ? "cn-mee/electricity/2019" : editions[random.Next(editions.Length)]);
        var sb = new StringBuilder("{");
        Field(sb, "id", Json(Pick(random, Ids)));
        Field(sb, "title", Json(random.Next(10) == 0 ? "" : "Fuzzed set"));
        if (random.Next(2) == 0)
        {
            Field(sb, "description", Json("A set the fuzzer made up."));
        }

        Field(sb, "editions", JsonSerializer.Serialize(chosen));
        Field(sb, "method", Json(Pick(random, Methods)));
        Field(sb, "gwp", Json(Pick(random, Gwps)));
        Field(sb, "ch4Convention", Json(Pick(random, Conventions)));
        if (Pick(random, Rows) is { } row)
        {
            Field(sb, "naturalGasRow", Json(row));
        }

        var (location, residual) = (Pick(random, Bases), Pick(random, Bases));
        Field(sb, "electricity", "{" + string.Join(", ", new[] { ("location", location), ("residual", residual) }
            .Where(p => p.Item2 is not null).Select(p => $"\"{p.Item1}\": {Json(p.Item2!)}")) + "}");
        Field(sb, "fallbacks", $$"""{"regionToNational": {{(random.Next(2) == 0 ? "true" : "false")}}, "earlierDataYear": {{(random.Next(4) == 0 ? "\"no\"" : "false")}}}""");
        Field(sb, "reportingYear", Pick(random, Years));
        if (random.Next(2) == 0)
        {
            Field(sb, "defaultFor", Pick(random, Countries));
        }

        return sb.Append('}').ToString();
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static void Field(StringBuilder sb, string name, string json) =>
        sb.Append(sb.Length > 1 ? ", " : "").Append('"').Append(name).Append("\": ").Append(json);

    private static string Json(string text) => JsonSerializer.Serialize(text);

    private static string Mutate(Random random, string text)
    {
        var chars = text.ToCharArray();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            chars[random.Next(chars.Length)] = "{}[]\",:0a\\ -"[random.Next(12)];
        }

        return new string(chars);
    }

    public static FuzzOutcome Property(string input)
    {
        try
        {
            FactorSet set;
            using (var document = JsonDocument.Parse(input))
            {
                set = Shipped.Value.ValidateSet(document.RootElement, "fuzz");
            }

            var printed = Print(set);
            using var again = JsonDocument.Parse(printed);
            var back = Shipped.Value.ValidateSet(again.RootElement, "fuzz");
            return back.ContentHash == set.ContentHash && back.Id == set.Id && back.Title == set.Title && back.Description == set.Description
                && back.DefaultFor.SequenceEqual(set.DefaultFor)
                ? FuzzOutcome.Parsed
                : FuzzOutcome.RoundTripFailed($"prints as {printed}, which validates to {back.Id} {back.ContentHash}, not {set.ContentHash}");
        }
        catch (JsonException)
        {
            // Not JSON at all: refused by the JSON reader before the factor-set reader sees it.
            return FuzzOutcome.Refused;
        }
        catch (FactorLibraryException ex)
        {
            return ex.Errors.All(e => e.Path.StartsWith('$'))
                ? FuzzOutcome.Refused
                : new FuzzOutcome(FuzzVerdict.Exception, $"an error without a JSON path: {ex.Message}");
        }
        catch (Exception ex)
        {
            return FuzzOutcome.Escaped(ex);
        }
    }

    /// <summary>A set written back as the definition it was read from (factors/schema/set.schema.json).</summary>
    public static string Print(FactorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("id", set.Id);
            w.WriteString("title", set.Title);
            if (set.Description is { } description)
            {
                w.WriteString("description", description);
            }

            w.WriteStartArray("editions");
            foreach (var edition in set.Editions)
            {
                w.WriteStringValue(edition);
            }

            w.WriteEndArray();
            w.WriteString("method", set.Method == ScopeOneMethod.Cn ? "cn" : "ipcc");
            w.WriteString("gwp", set.Gwp);
            w.WriteString("ch4Convention", set.Ch4Convention);
            if (set.NaturalGasRow is { } row)
            {
                w.WriteString("naturalGasRow", row);
            }

            w.WriteStartObject("electricity");
            w.WriteString("location", set.ElectricityLocationBasis);
            if (set.ElectricityResidualBasis is { } residual)
            {
                w.WriteString("residual", residual);
            }

            w.WriteEndObject();
            w.WriteStartObject("fallbacks");
            w.WriteBoolean("regionToNational", set.Fallbacks.RegionToNational);
            w.WriteBoolean("earlierDataYear", set.Fallbacks.EarlierDataYear);
            w.WriteEndObject();
            if (set.ReportingYear is { } year)
            {
                w.WriteNumber("reportingYear", year);
            }

            w.WriteStartArray("defaultFor");
            foreach (var country in set.DefaultFor)
            {
                w.WriteStringValue(country);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
