using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Emissions.Calculation;
using Emissions.Factors;
using Emissions.Factors.Loading;
using Emissions.Inventory;
using Emissions.Uncertainty;

namespace Emissions.Benchmarks;

/// <summary>
/// Issue 15: 10,000 Monte Carlo draws (and the first-order sensitivities) over a 10,000-line inventory — 7,000
/// electricity lines over the seven grid regions, 2,000 diesel lines, 1,000 heat lines — with electricity ±2 %, fuels
/// ±5 %, heat ±10 % and every factor at the documented ±5 %, against one exact calculation of the same inventory
/// (the baseline, measured in the same run).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class UncertaintyBenchmarks
{
    public const int Lines = 10_000;
    public const int Draws = 10_000;
    private static readonly string[] RegionCodes = ["CN-North", "CN-Northeast", "CN-East", "CN-Central", "CN-Northwest", "CN-South", "CN-Southwest"];

    private Inventory.Inventory _inventory = null!;
    private FactorSet _set = null!;
    private CalculationResult _baseline = null!;
    private UncertaintyOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var library = FactorLibrary.Load(FactorDirectories.FindDefault() ?? throw new InvalidOperationException("factors/ not found"));
        _set = library.GetSet("cn-2022");
        using var document = JsonDocument.Parse(Inventory());
        _inventory = InventoryReader.Read(document.RootElement);
        _baseline = Calculator.Calculate(_inventory, new FactorResolver(_set));
        _options = UncertaintyReader.Parse(["electricity=2%", "fuels=5%", "heat=10%", "factors=ipcc", $"draws={Draws}"]);
    }

    [Benchmark(Baseline = true)]
    public CalculationResult OneExactCalculation() => Calculator.Calculate(_inventory, new FactorResolver(_set));

    [Benchmark]
    public UncertaintyResult TenThousandDrawsAndFirstOrder() => UncertaintyPropagation.Run(_inventory, _set, _baseline, _options);

    private static string Inventory()
    {
        var json = new StringBuilder("""{"period": "2022", "region": "CN", "headcount": "5000", "electricity": [""");
        for (var i = 0; i < 7_000; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"amount": "{{1000m + (i * 0.37m)}} MWh", "region": "{{RegionCodes[i % 7]}}"}""");
        }

        json.Append("""], "fuels": [""");
        for (var i = 0; i < 2_000; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"fuel": "diesel", "amount": "{{10m + (i * 0.01m)}} t"}""");
        }

        json.Append("""], "heat": [""");
        for (var i = 0; i < 1_000; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"amount": "{{100m + i}} GJ"}""");
        }

        return json.Append("]}").ToString();
    }
}
