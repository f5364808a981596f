using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Emissions.Quantities;

namespace Emissions.Benchmarks;

/// <summary>
/// Parsing and converting report figures, each group against decimal.Parse of the same number
/// (the floor: what reading the digits alone costs). Results: bench/RESULTS.md.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QuantityBenchmarks
{
    private const NumberStyles Printed = NumberStyles.Number;

    private readonly Measurement _electricity = Measurement.Parse("721,117.23 兆瓦時");
    private readonly Measurement _gridFactor = Measurement.Parse("0.5366 tCO2/MWh");
    private readonly Unit _gigajoule = Unit.Parse("GJ");
    private readonly Unit _kilogramsPerKilowattHour = Unit.Parse("kgCO2/kWh");

    [GlobalSetup]
    public void WarmCache()
    {
        _ = UnitParser.Parse("tCO2/MWh");
        _ = UnitParser.Parse("kgCO2/(mu·day)");
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("721,117.23 兆瓦時")]
    public decimal Electricity_decimal_Parse() => decimal.Parse("721,117.23", Printed, CultureInfo.InvariantCulture);

    [Benchmark]
    [BenchmarkCategory("721,117.23 兆瓦時")]
    public Measurement Electricity_Measurement_Parse() => Measurement.Parse("721,117.23 兆瓦時");

    [Benchmark]
    [BenchmarkCategory("721,117.23 兆瓦時")]
    public Measurement Electricity_ConvertTo_GJ_unit() => _electricity.ConvertTo(_gigajoule);

    [Benchmark]
    [BenchmarkCategory("721,117.23 兆瓦時")]
    public Measurement Electricity_ConvertTo_GJ_symbol() => _electricity.ConvertTo("GJ");

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("69.44 萬噸")]
    public decimal WanTonnes_decimal_Parse() => decimal.Parse("69.44", Printed, CultureInfo.InvariantCulture);

    [Benchmark]
    [BenchmarkCategory("69.44 萬噸")]
    public Measurement WanTonnes_Measurement_Parse() => Measurement.Parse("69.44 萬噸");

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("0.5366 tCO2/MWh")]
    public decimal GridFactor_decimal_Parse() => decimal.Parse("0.5366", Printed, CultureInfo.InvariantCulture);

    [Benchmark]
    [BenchmarkCategory("0.5366 tCO2/MWh")]
    public Measurement GridFactor_Measurement_Parse() => Measurement.Parse("0.5366 tCO2/MWh");

    [Benchmark]
    [BenchmarkCategory("0.5366 tCO2/MWh")]
    public Unit GridFactor_UnitParser_cache_hit() => UnitParser.Parse("tCO2/MWh");

    [Benchmark]
    [BenchmarkCategory("0.5366 tCO2/MWh")]
    public Unit GridFactor_UnitParser_cold() => UnitParser.ParseUncached("tCO2/MWh");

    [Benchmark]
    [BenchmarkCategory("0.5366 tCO2/MWh")]
    public Measurement GridFactor_ConvertTo_kgCO2_per_kWh() => _gridFactor.ConvertTo(_kilogramsPerKilowattHour);

    [Benchmark]
    [BenchmarkCategory("kgCO2/(mu·day)")]
    public Unit Compound_UnitParser_cache_hit() => UnitParser.Parse("kgCO2/(mu·day)");

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("kgCO2/(mu·day)")]
    public Unit Compound_UnitParser_cold() => UnitParser.ParseUncached("kgCO2/(mu·day)");
}
