using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Benchmarks;

/// <summary>
/// A 500-figure report with 1,000 relations: 100 sites × 5 energy figures (total, direct,
/// indirect, electricity in MWh, heat in GJ), each site checked by 2 catalogue relations and 8
/// custom ones. Goal: one check of the whole report in under 5 ms. <see cref="Check"/> decides
/// every verdict (recomputed intervals, deviations, materiality); implied values and explanations
/// are produced when first read, which <see cref="CheckWithDiagnostics"/> and
/// <see cref="CheckAndWriteJson"/> include.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private const int Sites = 100;

    private string _json = "";
    private CheckRequest _request = null!;
    private Checker _checker = null!;

    [GlobalSetup]
    public void Setup()
    {
        _json = BuildRequest();
        _request = CheckRequestReader.Parse(_json);
        _checker = new Checker();
        var report = _checker.Check(_request);
        if (_request.Figures.Count != 500 || report.Checks.Count != 1_000)
        {
            throw new InvalidOperationException($"expected 500 figures and 1,000 checks, got {_request.Figures.Count} and {report.Checks.Count}");
        }
    }

    [Benchmark(Baseline = true)]
    public CheckReport Check() => _checker.Check(_request);

    /// <summary>Verdicts plus every implied value and explanation (both are otherwise produced when first read).</summary>
    [Benchmark]
    public int CheckWithDiagnostics()
    {
        var report = _checker.Check(_request);
        var total = 0;
        foreach (var check in report.Checks)
        {
            total += check.Implied.Count + check.Explanation.Length;
        }

        return total;
    }

    [Benchmark]
    public CheckReport ParseAndCheck() => _checker.Check(CheckRequestReader.Parse(_json));

    [Benchmark]
    public string CheckAndWriteJson() => CheckReportJson.Write(_checker.Check(_request));

    /// <param name="sites">How many sites of five figures and eight relations (ten checks each); wide-500 has 100.</param>
    internal static string BuildRequest(int sites = Sites)
    {
        var figures = new List<string>();
        var relations = new List<string>();
        for (var i = 0; i < sites; i++)
        {
            var s = $"s{i}";
            var direct = 10_000m + (i * 37.13m);
            var electricity = 500_000m + (i * 911.07m);
            var heatGJ = 20_000m + (i * 13.31m);
            var indirect = Math.Round(electricity + (heatGJ / 3.6m), 2) + (i % 7 == 0 ? 289.54m : 0m);
            var total = direct + indirect + (i % 11 == 0 ? 0.01m : 0m);
            void Figure(string id, string metric, decimal value, string unit) =>
                figures.Add(string.Create(CultureInfo.InvariantCulture,
                    $$"""{"id": "{{s}}_{{id}}", "metric": "{{metric}}", "value": "{{value:#,##0.00}}", "unit": "{{unit}}", "site": "site-{{i}}"}"""));
            Figure("total", "energy.total", total, "兆瓦時");
            Figure("direct", "energy.direct", direct, "兆瓦時");
            Figure("indirect", "energy.indirect", indirect, "兆瓦時");
            Figure("elec", "energy.electricity", electricity, "兆瓦時");
            Figure("heat", "energy.heat", heatGJ, "吉焦");

            string[] formulas =
            [
                $"indirect = {s}_elec + {s}_heat",
                $"total = {s}_direct + {s}_elec + {s}_heat",
                $"direct = {s}_total - {s}_indirect",
                $"elec = {s}_indirect - {s}_heat",
                $"heat = {s}_indirect - {s}_elec",
                $"total = sum({s}_direct, {s}_indirect)",
                $"indirect = {s}_total - {s}_direct",
                $"elec = {s}_total - {s}_direct - {s}_heat",
            ];
            for (var k = 0; k < formulas.Length; k++)
            {
                var eq = formulas[k].IndexOf(" = ", StringComparison.Ordinal);
                relations.Add($$"""{"id": "{{s}}_r{{k}}", "metric": "{{s}}_{{formulas[k][..eq]}}", "formula": "{{formulas[k][(eq + 3)..]}}"}""");
            }
        }

        var json = new StringBuilder("{\"organization\": \"Benchmark Co\", \"period\": \"2020\", \"figures\": [\n");
        json.AppendJoin(",\n", figures).Append("],\n\"relations\": [\n").AppendJoin(",\n", relations).Append("]}");
        return json.ToString();
    }
}
