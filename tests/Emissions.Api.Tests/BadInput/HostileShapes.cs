using System.Globalization;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// The constructs of the hostile corpus (and of issue 17's repros) that an attacker can make as long as the body limit
/// allows, each at a size whose fourfold stays within the corpus limits (<see cref="BadInputCorpus.MaxBodyBytes"/>,
/// <see cref="BadInputCorpus.MaxFigures"/>, and Core's formula limits: 10,000 characters, 500 terms), so that the
/// whole path that reads it runs, not only the limit that stops it. Some are refused (a problem) and some are answered
/// (a check of 80 figures): both must cost work in proportion to their size.
/// </summary>
public static class HostileShapes
{
    private const string Check = "/v1/checks";

    // Core's ExpressionLimits.MaxTerms: operands in one formula.
    private const int MaxTerms = 500;

    // The most figures a relation can sum within the corpus limits (entries: the figures, their total and the relation).
    private const int MostFigures = BadInputCorpus.MaxFigures - 2;

    public static IReadOnlyList<HostileShape> All { get; } =
    [
        new("nested arrays", Check, 4_000, n => new string('[', n)),
        new("nested objects", Check, 3_000, n => Repeat("{\"a\":", n)),
        new("key of n characters", Check, 15_000, n => "{\"" + new string('k', n) + "\":1}"),
        new("figure value of n digits", Check, 15_000, n => Figures("\"" + new string('9', n) + "\"")),
        new("figure value of n letters", Check, 15_000, n => Figures("\"" + new string('x', n) + "\"")),
        new("spaces around a check", Check, 15_000, n => new string(' ', n) + Figures("\"1 t\"")),
        new("empty figure entries", Check, 5_000, n => "{\"figures\":[" + string.Join(",", Enumerable.Repeat("{}", n)) + "]}"),
        new("figures checked", Check, 20, n => "{\"figures\":[" + string.Join(",", Enumerable.Range(0, n).Select(Figure)) + "]}"),
        new("relation summing n figures", Check, MostFigures / 4, RelationSumming, MostFigures),
        new("formula of n terms", Check, MaxTerms / 4, n => Formula(string.Join(" + ", Enumerable.Repeat("a", n))), MaxTerms),
        new("formula of n minus signs", Check, 2_000, n => Formula(new string('-', n) + "a")),
        new("formula name of n letters", Check, 2_000, n => Formula(new string('a', n))),
        new("unknown fields", Check, 1_500, n => "{" + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"u{i}\":1")) + "}"),
        new("calculation lines", "/v1/calculations", 20, n => "{\"factorSet\":\"cn-2020\",\"electricity\":["
            + string.Join(",", Enumerable.Repeat("{\"amount\":\"1,000 MWh\",\"region\":\"CN\"}", n)) + "]}"),
        new("submission document members", "/v1/submissions", 500, n => "{\"kind\":\"inputs\",\"period\":\"2020\",\"factorSet\":\"cn-2020\",\"document\":{"
            + string.Join(",", Enumerable.Range(0, n).Select(i => $"\"m{i}\":{i}")) + "}}"),
    ];

    // total = f0 + … + f(n-1) = Σ (i + 1.5) = n(n − 1)/2 + 1.5 n: the relation is reproduced.
    private static string RelationSumming(int n) =>
        "{\"figures\":[" + string.Join(",", Enumerable.Range(0, n).Select(Figure))
        + ",{\"id\":\"total\",\"value\":\"" + (n * (n - 1) / 2m + 1.5m * n).ToString(CultureInfo.InvariantCulture)
        + " MWh\"}],\"relations\":[{\"id\":\"r\",\"metric\":\"total\",\"formula\":\""
        + string.Join(" + ", Enumerable.Range(0, n).Select(i => "f" + i.ToString(CultureInfo.InvariantCulture))) + "\"}]}";

    private static string Repeat(string text, int n) => string.Concat(Enumerable.Repeat(text, n));

    private static string Figures(string value) => "{\"figures\":[{\"id\":\"a\",\"value\":" + value + ",\"unit\":\"t\"}]}";

    private static string Figure(int i) => string.Create(CultureInfo.InvariantCulture, $"{{\"id\":\"f{i}\",\"value\":\"{i + 1}.5 MWh\"}}");

    private static string Formula(string formula) =>
        "{\"figures\":[{\"id\":\"a\",\"value\":\"1\"}],\"relations\":[{\"id\":\"r\",\"metric\":\"a\",\"formula\":\"" + formula + "\"}]}";
}
