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
/// (the baseline, measured in the same run). Also the Kuaishou 2020 inventory (tests/fixtures/kuaishou-2020) under
/// cn-2020 with factors=ipcc at 10,000 draws, and the 10,000-line inventory with only electricity ±2 % and factors=ipcc,
/// each against its own one exact calculation.
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
    private UncertaintyOptions _electricityAndFactors = null!;
    private Inventory.Inventory _kuaishou = null!;
    private FactorSet _cn2020 = null!;
    private CalculationResult _kuaishouBaseline = null!;
    private UncertaintyOptions _factors = null!;

    [GlobalSetup]
    public void Setup()
    {
        var library = FactorLibrary.Load(FactorDirectories.FindDefault() ?? throw new InvalidOperationException("factors/ not found"));
        _set = library.GetSet("cn-2022");
        using var document = JsonDocument.Parse(Inventory());
        _inventory = InventoryReader.Read(document.RootElement);
        _baseline = Calculator.Calculate(_inventory, new FactorResolver(_set));
        _options = UncertaintyReader.Parse(["electricity=2%", "fuels=5%", "heat=10%", "factors=ipcc", $"draws={Draws}"]);
        _electricityAndFactors = UncertaintyReader.Parse(["electricity=2%", "factors=ipcc", $"draws={Draws}"]);

        _cn2020 = library.GetSet("cn-2020");
        using var kuaishou = JsonDocument.Parse(File.ReadAllText(Fixture("kuaishou-2020", "inputs.json")));
        _kuaishou = InventoryReader.Read(kuaishou.RootElement);
        _kuaishouBaseline = Calculator.Calculate(_kuaishou, new FactorResolver(_cn2020));
        _factors = UncertaintyReader.Parse(["factors=ipcc", $"draws={Draws}"]);
    }

    [Benchmark(Baseline = true)]
    public CalculationResult OneExactCalculation() => Calculator.Calculate(_inventory, new FactorResolver(_set));

    [Benchmark]
    public UncertaintyResult TenThousandDrawsAndFirstOrder() => UncertaintyPropagation.Run(_inventory, _set, _baseline, _options);

    [Benchmark]
    public UncertaintyResult TenThousandLinesElectricityAndFactors() => UncertaintyPropagation.Run(_inventory, _set, _baseline, _electricityAndFactors);

    /// <summary>The same-run baseline of the Kuaishou figures: one exact calculation of the Kuaishou 2020 inventory.</summary>
    [Benchmark]
    public CalculationResult KuaishouOneExactCalculation() => Calculator.Calculate(_kuaishou, new FactorResolver(_cn2020));

    /// <summary>`emissions calculate tests/fixtures/kuaishou-2020/inputs.json --factor-set cn-2020 --uncertainty factors=ipcc`'s propagation.</summary>
    [Benchmark]
    public UncertaintyResult KuaishouFactorsIpcc() => UncertaintyPropagation.Run(_kuaishou, _cn2020, _kuaishouBaseline, _factors);

    /// <summary>A file of tests/fixtures, found by walking up from the benchmark's directory to the repository.</summary>
    internal static string Fixture(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine([dir.FullName, "tests", "fixtures", .. parts]);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException($"tests/fixtures/{string.Join('/', parts)} not found above {AppContext.BaseDirectory}");
    }

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
