using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Emissions.Calculation;
using Emissions.Factors;
using Emissions.Factors.Loading;
using Emissions.Inventory;

namespace Emissions.Benchmarks;

/// <summary>
/// Issue 4's target: an inventory of 10,000 data-center sites and 100,000 activity records
/// (60,000 electricity lines over the seven grid regions, 30,000 fuel lines, 10,000 heat lines),
/// calculated with traces by the cn-2022 set, against the bare floor: the same Σ amount × factor
/// as a plain decimal loop. Parsing the JSON is outside the measured region.
/// </summary>
[MemoryDiagnoser]
public class CalculationBenchmarks
{
    public const int Sites = 10_000;
    public const int Records = 100_000;
    private static readonly string[] RegionCodes = ["CN-North", "CN-Northeast", "CN-East", "CN-Central", "CN-Northwest", "CN-South", "CN-Southwest"];

    private Inventory.Inventory _inventory = null!;
    private FactorResolver _resolver = null!;
    private decimal[] _amounts = null!;
    private decimal[] _factors = null!;
    private ArithmeticFloor _floor = null!;
    private string _json = null!;
    private byte[] _utf8 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var library = FactorLibrary.Load(FactorDirectories.FindDefault() ?? throw new InvalidOperationException("factors/ not found"));
        _resolver = library.CreateResolver("cn-2022");
        _json = Inventory();
        _utf8 = Encoding.UTF8.GetBytes(_json);
        using var document = JsonDocument.Parse(_json);
        _inventory = InventoryReader.Read(document.RootElement);
        _amounts = [.. _inventory.Electricity.Select(e => e.Amount.Measurement.Value)];
        _factors = [.. _inventory.Electricity.Select(e => _resolver.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", e.Region, 2022)).Factor.Value.Value)];
        _floor = ArithmeticFloor.Of(_inventory, _resolver);
    }

    /// <summary>
    /// The decimal arithmetic this inventory's figures need and nothing else — line sums by region and fuel,
    /// their products with the factors, and per site the other load, PUE, CLF, PLF, OLF, emissions and CUE
    /// (five divisions), then the fleet — over plain arrays, without figures, traces or look-ups.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public decimal BareDecimalArithmeticOfAllFigures() => _floor.Run();

    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public decimal BareDecimalSumOfProducts()
    {
        var total = 0m;
        for (var i = 0; i < _amounts.Length; i++)
        {
            total += _amounts[i] * _factors[i];
        }

        // The same count of multiply-adds as records, so the floor is per record too.
        for (var i = 0; i < Records - _amounts.Length; i++)
        {
            total += _amounts[i % _amounts.Length] * _factors[i % _factors.Length];
        }

        return total;
    }

    /// <summary>Every figure computed, its trace captured (references to inputs, figures and resolved factors; ADR 0008), site figures in columns (ADR 0009).</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int CalculateWithTraces() => Calculator.Calculate(_inventory, _resolver).Metrics.Count;

    /// <summary>As above, then every figure read as a metric with its value in its unit (what the table output reads), traces not rendered.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public decimal CalculateAndReadEveryValue()
    {
        var total = 0m;
        foreach (var metric in Calculator.Calculate(_inventory, _resolver).Metrics)
        {
            total += metric.Quantity.CanonicalValue;
        }

        return total;
    }

    /// <summary>
    /// What the reader adds for the calculation: the line amounts and data-center amounts as columns (ADR 0009).
    /// It runs once per read inventory, inside <see cref="ReadInventory"/>, not inside the calculation.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int BuildColumns() => InventoryColumns.Build(_inventory).Electricity.Lines;

    /// <summary>
    /// Parsing the request JSON into an inventory (amounts and units parsed, paths, kinds checked, columns built)
    /// through a document: the way every request was read before the line lists streamed, and still the service's.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int ReadInventory()
    {
        using var document = JsonDocument.Parse(_utf8);
        return InventoryReader.Read(document.RootElement).Electricity.Count;
    }

    /// <summary>The same request read from its UTF-8 bytes, the line lists streamed (the CLI's way).</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int ReadInventoryStreamed() => InventoryReader.Read(_utf8).Electricity.Count;

    /// <summary>As above, then every trace rendered (formula, inputs with values and units, factors): what JSON output reads.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int CalculateAndRenderEveryTrace()
    {
        var inputs = 0;
        foreach (var metric in Calculator.Calculate(_inventory, _resolver).Metrics)
        {
            inputs += metric.Trace.Inputs.Count;
        }

        return inputs;
    }

    internal static string Inventory()
    {
        var json = new StringBuilder("""{"period": "2022", "region": "CN", "headcount": "50,000", "electricity": [""");
        for (var i = 0; i < 60_000; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"amount": "{{1_000 + (i % 997)}}.{{i % 100:D2}} MWh", "region": "{{RegionCodes[i % RegionCodes.Length]}}", "site": "s{{i % Sites}}"}""");
        }

        json.Append("""], "fuels": [""");
        for (var i = 0; i < 30_000; i++)
        {
            var (fuel, unit) = (i % 3) switch { 0 => ("diesel", "t"), 1 => ("natural-gas", "m³"), _ => ("gasoline", "t") };
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"fuel": "{{fuel}}", "amount": "{{10 + (i % 89)}}.{{i % 10}} {{unit}}", "site": "s{{i % Sites}}"}""");
        }

        json.Append("""], "heat": [""");
        for (var i = 0; i < 10_000; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"amount": "{{100 + (i % 50)}} GJ", "site": "s{{i}}"}""");
        }

        json.Append("""], "dataCenters": [""");
        for (var i = 0; i < Sites; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{"id": "s{{i}}", "facility": "{{1_200 + (i % 300)}} MWh", "it": "1,000 MWh", "cooling": "150 MWh", "powerLoss": "40 MWh", "region": "{{RegionCodes[i % RegionCodes.Length]}}"}""");
        }

        return json.Append("]}").ToString();
    }
}
