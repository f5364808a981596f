using Emissions.Contract.Checks;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Emissions.Factors.Loading;
using Emissions.Verification;

namespace Emissions.Benchmarks;

/// <summary>
/// Issue 15: a 100-relation check in which every relation implies a factor (100 sites' forest equivalences, each
/// "mu-days = CO2 / @absorption-rate[forest]" with no set to answer it), with every implied factor attributed over the
/// whole shipped library, against the same check without attribution (the baseline, measured in the same run).
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    public const int Relations = 100;

    private CheckRequest _request = null!;
    private FactorCandidates _library = null!;

    [GlobalSetup]
    public void Setup()
    {
        var library = FactorLibrary.Load(FactorDirectories.FindDefault() ?? throw new InvalidOperationException("factors/ not found"));
        _library = new FactorCandidates(library.Factors);
        _request = CheckRequestReader.Parse(Request());
        if (Attributed().Checks.Count(c => c.Attribution.Count > 0) != Relations)
        {
            throw new InvalidOperationException("expected every relation to be attributed");
        }
    }

    /// <summary>Verdicts, implied values and explanations, no library: what the check costs without attribution.</summary>
    [Benchmark(Baseline = true)]
    public int Unattributed() => Read(CheckRun.Run(_request, null));

    /// <summary>The same, each implied factor attributed over every factor of every edition.</summary>
    [Benchmark]
    public int AttributedOverTheWholeLibrary() => Read(Attributed());

    private CheckReport Attributed() => CheckRun.Run(_request, null, null, _library);

    private static int Read(CheckReport report) => report.Checks.Sum(c => c.Implied.Count + c.Attribution.Count + c.Explanation.Length);

    private static string Request()
    {
        var json = new StringBuilder("""{"figures": [""");
        var relations = new StringBuilder();
        for (var i = 0; i < Relations; i++)
        {
            // 65.08 t of CO2 as 971 亩·天 (ByteDance 2020, seed 000_8c4938fde206a55d.txt line 860), scaled per site.
            var co2 = 65.08m + (i * 0.67m);
            var muDays = Math.Round(co2 * 1000m / 67.02m);
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"id": "co2_{{i}}", "value": "{{co2}}", "unit": "t"},{"id": "forest_{{i}}", "value": "{{muDays}}", "unit": "mu·day"}""");
            relations.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"id": "r{{i}}", "metric": "forest_{{i}}", "formula": "co2_{{i}} / @absorption-rate[forest]"}""");
        }

        return json.Append("], \"relations\": [").Append(relations).Append("]}").ToString();
    }
}
