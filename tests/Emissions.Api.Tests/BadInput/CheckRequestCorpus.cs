using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Emissions.Api.Json;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Verification;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// Check requests that probe every rule of reading a posted check: hand-written edge cases (framing, escapes,
/// duplicates, comments, wrong types, limits, what only the document path reads) and deterministic mutations of the
/// four fixture reports (each field of a figure, relation, option or top-level value replaced or removed). Each is read
/// both ways a posted check can be: from its bytes (<see cref="CheckRequestUtf8Reader"/>) and the document way (the body
/// parsed within the limits, <see cref="JsonBodyParser"/>, then <see cref="CheckRequestReader.Read"/>); an outcome is
/// the whole request model as text, or the error.
/// </summary>
internal static class CheckRequestCorpus
{
    /// <summary>Figures (and array entries) allowed per request in the corpus: small, so that the limit is met.</summary>
    public const int MaxFigures = 30;

    /// <summary>The service's default nesting limit (Limits:MaxDepth).</summary>
    public const int MaxDepth = 64;

    private static readonly string[] Reports = ["kuaishou-2020", "kuaishou-2019", "douyin-2022", "bytedance-2020"];

    // Values put in place of a field's: every JSON kind, escapes, long text, numbers as printed, amounts as objects.
    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "1.20", "-3e2", "1E400", "\"\"", "\" \"", "\"69.44\"", "\"13,543.85\"", "\"1.234,5\"", "\"12 t\"",
        "\"721,117.23 MWh\"", "\"abc\"", "\"\\u0036\\u0039.44\"", "\"萬噸\"", "\"噸 / 人\"", "\"kWh\"", "\"t\"", "\"about\"", "\"below\"", "\"约\"",
        "\"ghg.total\"", "\"energy.direct\"", "\"ghg.totl\"", "\"s1_2023\"", "\"1bad\"", "\"ghg_total\"", "\"headcount\"", "\"2020\"",
        "\"" + new string('x', 120) + "\"", "[]", "[1, 2]", "{}", "{\"value\": \"5\", \"unit\": \"t\"}", "{\"value\": 5}", "{\"value\": \"5\", \"unit\": 3}",
        "{\"value\": true}", "{\"unit\": \"t\"}", "{\"value\": \"5\", \"extra\": 1}", "{\"value\": \"x\", \"unit\": \"t\"}",
        "[" + string.Join(", ", Enumerable.Range(0, 40)) + "]", "{\"a\": {\"b\": [1, {\"c\": null}]}}", "\"5%\"", "\"0.5\"", "\"150%\"", "0.05",
        "\"decimal-comma\"", "\"invariant\"", "\"cn-2020\"", "{\"figures\": \"2%\", \"factors\": \"ipcc\"}", "{\"figures\": 2}",
        "{\"named\": {\"electricity\": \"1%\"}}", "{\"named\": {\"electricity\": 1}}", "{\"absorption-rate[forest]\": \"67 kgCO2/(mu·day)\"}",
        "{\"absorption-rate[forest]\": 67}", "{\"bad\": \"1 t\"}", "\"ghg_total + 1\"", "\"ghg_total +\"", "\"(a\"",
    ];

    private static readonly string[] FigureFields = ["id", "metric", "value", "unit", "qualifier", "period", "site", "label", "citation", "notes", "unknownField", "Value"];

    private static readonly string[] RelationFields = ["id", "metric", "formula", "source", "comment", "unknown"];

    private static readonly string[] TopFields = ["organization", "period", "site", "source", "figures", "relations", "inputs", "options", "notes", "extra"];

    private static readonly string[] OptionFields = ["materiality", "aboutTolerance", "factorSet", "numberFormat", "factors", "uncertainty", "other"];

    /// <summary>Every request of the corpus, by name.</summary>
    public static IEnumerable<(string Name, string Json)> All()
    {
        foreach (var edge in EdgeCases())
        {
            yield return edge;
        }

        foreach (var report in Reports)
        {
            var text = Repository.Read($"tests/fixtures/{report}/report.json");
            yield return (report, text);
            foreach (var mutation in Mutations(report, text))
            {
                yield return mutation;
            }
        }
    }

    /// <summary>The body's bytes as the service reads them: UTF-8, after any byte-order mark.</summary>
    public static byte[] Body(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
    }

    /// <summary>The request read from its bytes in one pass, or null when it is left to the document way.</summary>
    public static CheckRequest? ReadBytes(string json, int maxFigures = MaxFigures) => CheckRequestUtf8Reader.TryRead(Body(json), MaxDepth, maxFigures, maxFigures);

    /// <summary>What the document way gives for <paramref name="json"/>, as text: the request's every field, or the error.</summary>
    public static string ReadDocument(string json, int maxFigures = MaxFigures)
    {
        try
        {
            using var document = JsonBodyParser.Parse(Body(json), MaxDepth, maxFigures);
            return Describe(CheckRequestReader.Read(document.RootElement, maxFigures));
        }
        catch (JsonBodyException ex)
        {
            return $"framing {ex.Path} | {ex.Expected} | {ex.Message}";
        }
        catch (InputException ex)
        {
            return $"error {ex.Path} | {ex.Value} | {ex.Expected} | {ex.Error} | {ex.Message}";
        }
    }

    public static string Describe(CheckRequest request)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"org {request.Organization} | period {request.Period} | site {request.Site} | source {request.Source}");
        foreach (var f in request.Figures)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"figure {f.Source} | {f.Id} | {f.Metric} | {f.Printed.Value} | {f.Printed.Unit.Symbol} | {f.Printed.Scale} | {f.Qualifier} | {f.Period} | {f.Site} | {f.Label}");
        }

        foreach (var r in request.Relations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"relation {r.Source} | {r.Id} | {r.Metric} | {r.Formula}");
        }

        var o = request.Options;
        text.AppendLine(CultureInfo.InvariantCulture, $"options {o.Materiality} | {o.AboutTolerance} | {o.FactorSet} | {o.NumberFormat}");
        foreach (var (reference, value) in o.Factors.OrderBy(f => f.Key.ToString(), StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"factor {reference} = {value}");
        }

        if (o.Uncertainty is { } u)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"uncertainty {u.Figures} | {u.Factors} | {string.Join(", ", u.Named.Select(n => $"{n.Key}={n.Value}"))}");
        }

        text.Append("inputs ").Append(request.Inputs?.GetRawText());
        return text.ToString();
    }

    /// <summary>Figures (and the end of the list) whose JSON only a lenient reader would take; the last two are strict JSON of rarer forms.</summary>
    public static readonly string[] StrictJsonFaults =
    [
        "{\"id\": \"b\", \"value\": 01}", "{\"id\": \"b\", \"value\": -}", "{\"id\": \"b\", \"value\": 1.}", "{\"id\": \"b\", \"value\": 1e}",
        "{\"id\": \"b\", \"value\": .5}", "{\"id\": \"b\", \"value\": +1}", "{\"id\": \"b\", \"value\": 1.5.3}", "{\"id\": \"b\", \"value\": NaN}",
        "{\"id\": \"b\", \"value\": \"1\", \"unit\": nul}", "{\"id\": \"b\", \"value\": \"1\", \"label\": nulls}",
        "{\"id\": \"b\", \"value\": \"1\", \"notes\": [tru]}", "{\"id\": \"b\", \"value\": \"1\", \"notes\": [1,]}",
        "{\"id\": \"b\", \"value\": \"1\", \"notes\": [1 2]}", "{\"id\": \"b\", \"value\": \"1\",}", "{\"id\": \"b\" \"value\": \"1\"}",
        "{\"id\": \"b\", \"value\" \"1\"}", "{\"id\": 'b', \"value\": \"1\"}", "{id: \"b\", \"value\": \"1\"}",
        "{\"id\": \"b\\x\", \"value\": \"1\"}", "{\"id\": \"b\", \"value\": \"\\u12\"}", "{\"id\": \"b\", \"value\": \"1\", \"unit\": \"\\u00g9\"}",
        "{\"id\": \"b\", \"value\": \"1\", \"citation\": \"p\\q\"}", "{\"id\": \"b\", \"value\": \"1\", \"label\": \"tab\there\"}",
        "{\"id\": \"b\", \"value\": \"1\t\"}", "{\"id\": \"b\", \"value\": \"1\", \"comment\": \"a\nb\"}",
        "{\"id\": \"b\", \"value\": \"1\"}}", "{\"id\": \"b\", \"value\": \"1\"", "{\"id\": \"b\", \"value\": \"1\"}\u00a0",
        "{\"id\": \"b\", \"value\": \"1\", \"notes\": \"\\ud800x\"}", "{\"id\": \"b\", \"value\": \"1\", \"period\": 2020}",
        "{\"id\": \"b\", \"value\": -0.5e-2, \"unit\": \"t\"}", "{\"id\": \"b\", \"value\": \"1\", \"notes\": [-0, 1E+2, true, false, null, \"\\u00e9\"]}",
    ];

    private static IEnumerable<(string Name, string Json)> EdgeCases()
    {
        string[] cases =
        [
            "", " ", "null", "[]", "\"text\"", "42", "{", "}", "{}", "[{}]", "{\"figures\": []}", "{\"figures\": null}", "{\"figures\": {}}",
            "{\"figures\": \"x\"}", "{\"figures\": [], \"figures\": 3}", "{\"figures\": 3, \"figures\": []}",
            "{\"figures\": [{\"metric\": \"ghg.total\", \"value\": \"1\", \"unit\": \"t\"}], \"figures\": [{\"metric\": \"energy.direct\", \"value\": \"2\", \"unit\": \"MWh\"}]}",
            "{\"figur\\u0065s\": [{\"metric\": \"ghg.total\", \"value\": \"1\", \"unit\": \"t\"}]}",
            "{\"figures\": [{\"metric\": \"ghg.total\", \"v\\u0061lue\": \"1\", \"\\u0075nit\": \"t\", \"c\\u0069tation\": 1}]}",
            "{\"figures\": [{\"metric\": \"ghg.total\", \"value\": \"1\", \"unit\": \"t\", \"w\\u00e9ird\": [1]}]}",
            "{\"figures\": [{\"metric\": \"ghg.total\", \"value\": \"1\", \"unit\": \"t\"}], \"rel\\u0061tions\": [{\"id\": \"r\", \"metric\": \"ghg_total\", \"formula\": \"1\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"relations\": [{\"i\\u0064\": \"r\", \"metric\": \"a\", \"formula\": \"a\", \"n\\u006ftes\": 1}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"relations\": [{\"id\": \"r\", \"metric\": \"a\", \"formula\": \"a\", \"odd\\u0021\": {\"x\": 1}}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"},], }", "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}]} x", "{\"figures\": [1 2]}",
            "// a comment\n{\"figures\": /* here */ [{\"id\": \"a\", /* and here */ \"value\": \"1\"} // end\n]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": /* c */ {\"value\": \"5\", /* d */ \"unit\": \"t\"}}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"notes\": [/* c */ 1, {\"x\": [true]}]}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}, {\"id\": \"a\", \"value\": \"2\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"value\": 2, \"value\": \"3 t\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": 5, \"value\": null}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"unit\": 5, \"unit\": \"t\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"unit\": \"t\", \"unit\": 5}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"relations\": [{\"id\": \"r\", \"id\": 5, \"metric\": \"a\", \"formula\": \"a\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"relations\": [], \"relations\": [{\"id\": \"r\", \"metric\": \"a\", \"formula\": \"a + 1\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"relations\": [{\"id\": \"r\", \"metric\": \"a\", \"formula\": \"a\"}], \"relations\": {}}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"relations\": [{\"id\": \"r\", \"metric\": \"a\", \"formula\": \"a\"}, {\"id\": \"r\", \"metric\": \"a\", \"formula\": \"a\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"relations\": [{\"id\": \"r\", \"metric\": \"b\", \"formula\": \"a\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"relations\": [5, {\"id\": \"r\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"relations\": [[1, 2, 3]]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"inputs\": 5}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"inputs\": {\"period\": \"2020\", \"electricity\": [{\"amount\": \"1 MWh\"}]}}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"inputs\": null, \"organization\": 5}",
            "{\"organization\": 5, \"figures\": 7}", "{\"extra\": 1, \"figures\": 7}", "{\"notes\": {\"deep\": [1]}, \"figures\": []}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"options\": {\"numberFormat\": \"decimal-comma\"}, \"figures\": [{\"id\": \"a\", \"value\": \"1,5\"}]}",
            "{\"options\": {\"numberFormat\": \"decimal-comma\"}, \"figures\": [{\"metric\": \"energy.direct\", \"value\": {\"value\": \"1.234,5\", \"unit\": \"MWh\"}}, {\"id\": \"x\", \"value\": 1.5}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"label\": \"\\ud83d\\ude00 \\u00e9\\n\\t\\\"q\\\"\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"zzz\": \"\\u00e9" + new string('y', 100) + "\"}]}",
            "{\"figures\": [" + string.Join(", ", Enumerable.Range(0, MaxFigures + 1).Select(i => $"{{\"id\": \"f{i}\", \"value\": \"{i}\"}}")) + "]}",
            "{\"figures\": [" + string.Join(", ", Enumerable.Range(0, MaxFigures).Select(i => $"{{\"id\": \"f{i}\", \"value\": \"{i}\"}}")) + "]}",
            "{\"figures\": [], \"notes\": " + new string('[', 70) + new string(']', 70) + "}",
            "{\"figures\": [], \"notes\": " + new string('[', 63) + new string(']', 63) + "}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"notes\": " + new string('[', 62) + new string(']', 62) + "}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"\\u0031.5\", \"unit\": \"\\u842C\\u5678\", \"notes\": [\"\\u00e9\", [\"x\"]]}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": 1.5e3, \"unit\": \"t\"}, {\"id\": \"b\", \"value\": -0.50}], \"options\": {\"materiality\": 0.1, \"aboutTolerance\": null, \"factors\": null, \"uncertainty\": null, \"numberFormat\": null, \"factorSet\": null}, \"inputs\": null, \"relations\": null}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"options\": {\"materiality\": \"5%\", \"comment\": \"an annotation\"}}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"options\": {\"factors\": {}, \"uncertainty\": {\"figures\": \"2%\"}}}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"notes\": [1, 2], \"notes\": [3]}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"citation\": \"x\", \"labelCitation\": \"y\", \"comment\": \"z\", \"$comment\": \"w\"}], \"notes\": \"n\", \"note\": \"m\", \"headcountSource\": \"h\"}",
            "{\"figures\": [" + string.Join(", ", Enumerable.Range(0, MaxFigures - 2).Select(i => $"{{\"id\": \"f{i}\", \"value\": \"{i}\"}}")) + "], \"notes\": [1, 2]}",
            "{\"figures\": [" + string.Join(", ", Enumerable.Range(0, MaxFigures - 2).Select(i => $"{{\"id\": \"f{i}\", \"value\": \"{i}\"}}")) + "], \"notes\": [1, [2]]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"relations\": [{\"id\": \"r\", \"metric\": \"a\", \"formula\": \"a * 1\", \"notes\": [\"x\"]}], \"options\": {\"factorSet\": \"cn-2020\", \"numberFormat\": \"decimal-comma\"}}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"notes\": " + new string('[', 63) + new string(']', 63) + "}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}], \"notes\": " + new string('[', 64) + new string(']', 64) + "}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\"}]}   \n",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"label\": \"\\ud800\"}]}",
            "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"notes\": \"\\udc00\"}]}",
            "\uFEFF{\"figures\": []}", "{\"figures\": [\"\\ud800\"]}", "{\"figures\": [{\"id\": \"\\ud800\", \"value\": \"1\"}]}",
            // Strict JSON, fault by fault, where the one-pass reader reads: numbers, literals, strings, punctuation.
            .. StrictJsonFaults.Select(fault => "{\"figures\": [{\"id\": \"a\", \"value\": \"1\", \"unit\": \"t\"}, " + fault + "], \"notes\": [\"x\"]}"),
        ];
        for (var i = 0; i < cases.Length; i++)
        {
            yield return ($"edge-{i}", cases[i]);
        }
    }

    private static IEnumerable<(string Name, string Json)> Mutations(string report, string text)
    {
        var random = new Random((Array.IndexOf(Reports, report) * 7919) + 1);
        for (var n = 0; n < 250; n++)
        {
            var root = JsonNode.Parse(text)!.AsObject();
            var figures = root["figures"]!.AsArray();
            var what = random.Next(8);
            switch (what)
            {
                case 0 or 1 or 2:
                    Change(figures[random.Next(figures.Count)]!.AsObject(), FigureFields, random);
                    break;
                case 3:
                    root["relations"] ??= new JsonArray();
                    var relations = root["relations"]!.AsArray();
                    relations.Add(new JsonObject { ["id"] = $"extra_{n}", ["metric"] = "ghg_total", ["formula"] = "energy_direct * 2" });
                    Change(relations[random.Next(relations.Count)]!.AsObject(), RelationFields, random);
                    break;
                case 4:
                    root["options"] ??= new JsonObject();
                    Change(root["options"]!.AsObject(), OptionFields, random);
                    break;
                case 5:
                    Change(root, TopFields, random);
                    break;
                case 6:
                    figures.Insert(random.Next(figures.Count + 1), JsonNode.Parse(Values[random.Next(Values.Length)]));
                    break;
                default:
                    // Two faults at once: the reader must refuse the same one first.
                    Change(figures[random.Next(figures.Count)]!.AsObject(), FigureFields, random);
                    Change(root, TopFields, random);
                    break;
            }

            yield return ($"{report}-{n}", root.ToJsonString());
        }
    }

    private static void Change(JsonObject target, string[] fields, Random random)
    {
        var field = fields[random.Next(fields.Length)];
        switch (random.Next(3))
        {
            case 0:
                target.Remove(field);
                break;
            default:
                target[field] = JsonNode.Parse(Values[random.Next(Values.Length)]);
                break;
        }
    }
}
