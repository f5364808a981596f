using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Emissions.Attribution;
using Emissions.Calculation;
using Emissions.Factors;
using Emissions.Factors.Loading;
using Emissions.Inventory;

namespace Emissions.Benchmarks;

/// <summary>
/// Attribution of a calculation (`emissions attribute`, POST /v1/attributions) on the Kuaishou 2020 inventory with its
/// printed totals (tests/fixtures/kuaishou-2020/inputs-with-printed-totals.json): every shipped set that can calculate
/// it, as shipped and with each library grid factor of the country in its place, against one exact calculation of the
/// same inventory under cn-2020 (the baseline, measured in the same run).
/// </summary>
[MemoryDiagnoser]
public class CalculationAttributionBenchmarks
{
    private Inventory.Inventory _inventory = null!;
    private FactorLibrary _library = null!;
    private FactorSet _cn2020 = null!;

    /// <summary>The combinations one attribution calculates (printed by --loop-attribution).</summary>
    public int Combinations { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _library = FactorLibrary.Load(FactorDirectories.FindDefault() ?? throw new InvalidOperationException("factors/ not found"));
        _cn2020 = _library.Sets.Single(s => s.Id == "cn-2020");
        using var document = JsonDocument.Parse(File.ReadAllText(UncertaintyBenchmarks.Fixture("kuaishou-2020", "inputs-with-printed-totals.json")));
        _inventory = InventoryReader.Read(document.RootElement);
        var report = Attribute();
        Combinations = report.Combinations;
        if (report.Totals.Count == 0)
        {
            throw new InvalidOperationException("expected the printed totals to be attributed");
        }
    }

    /// <summary>One exact calculation of the inventory under cn-2020: what each combination costs at least.</summary>
    [Benchmark(Baseline = true)]
    public CalculationResult OneCalculation() => Calculator.Calculate(_inventory, new FactorResolver(_cn2020));

    /// <summary>The attribution over every combination, as the CLI and the service run it.</summary>
    [Benchmark]
    public CalculationAttributionReport Attribute() => CalculationAttributor.Attribute(_inventory, _library.Sets, _library.Factors);
}
