using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Emissions.Calculation;
using Emissions.Contract.Calculations;
using Emissions.Factors;
using Emissions.Factors.Loading;
using Emissions.Inventory;

namespace Emissions.Benchmarks;

/// <summary>
/// Issue 16 item 2, service half: what POST /v1/calculations does with a body after the framing scan (JsonScanner, the
/// same pass before and after, not measured here): the request's bytes into an inventory, then the calculation and its
/// JSON answer. <c>Document*</c> is how the service read before (one <see cref="JsonDocument"/> of the whole body, every
/// field read from elements, every line's and amount's path built); <c>Streamed*</c> is how it reads now, with the CLI's
/// reader (lines streamed from the bytes, paths built only when named). The answer is the full trace of every line, so
/// every path is built there in both. Inventories: Kuaishou 2020 (tests/fixtures/kuaishou-2020/inputs.json, 9 lines)
/// and 10,000 lines (6,000 electricity over the seven grid regions, 3,000 fuel, 1,000 heat; 0.8 MB, within the
/// service's default 1 MiB and 10,000-entry limits). Run: <c>dotnet run -c Release --project bench/Emissions.Benchmarks
/// -- --filter '*CalculationBody*'</c>, or <c>-- --body-loop</c> for CPU time per call without BenchmarkDotNet.
/// </summary>
[MemoryDiagnoser]
public class CalculationBodyBenchmarks
{
    private static readonly string[] RegionCodes = ["CN-North", "CN-Northeast", "CN-East", "CN-Central", "CN-Northwest", "CN-South", "CN-Southwest"];
    private static readonly string[] FuelLines = ["\"fuel\":\"diesel\",\"amount\":\"{0}.5 t\"", "\"fuel\":\"natural-gas\",\"amount\":\"{0}000 m³\"", "\"fuel\":\"gasoline\",\"amount\":\"{0}.25 t\""];

    private byte[] _utf8 = null!;
    private FactorSet _set = null!;

    [Params("kuaishou-2020", "lines-10000")]
    public string Body { get; set; } = "kuaishou-2020";

    [GlobalSetup]
    public void Setup()
    {
        var library = FactorLibrary.Load(FactorDirectories.FindDefault() ?? throw new InvalidOperationException("factors/ not found"));
        _utf8 = Body == "kuaishou-2020"
            ? File.ReadAllBytes(Path.Combine(Repository.Root, "tests", "fixtures", "kuaishou-2020", "inputs.json"))
            : Encoding.UTF8.GetBytes(TenThousandLines());
        using var document = JsonDocument.Parse(_utf8);
        _set = library.Sets.Single(s => s.Id == document.RootElement.GetProperty("factorSet").GetString());
    }

    /// <summary>Before: a document of the whole body, read element by element.</summary>
    [Benchmark(Baseline = true)]
    public Inventory.Inventory DocumentRead()
    {
        using var document = JsonDocument.Parse(_utf8, new JsonDocumentOptions { MaxDepth = 65 });
        return InventoryReader.Read(document.RootElement);
    }

    /// <summary>After: the lines streamed from the bytes.</summary>
    [Benchmark]
    public Inventory.Inventory StreamedRead() => InventoryReader.Read(_utf8);

    [Benchmark]
    public int DocumentReadCalculateAnswer() => Answer(DocumentRead());

    [Benchmark]
    public int StreamedReadCalculateAnswer() => Answer(StreamedRead());

    /// <summary>The calculation and its full-trace JSON answer, as the service serialises it (camelCase), in bytes.</summary>
    private int Answer(Inventory.Inventory inventory)
    {
        var result = CalculationRequest.Run(inventory, _set);
        return JsonSerializer.SerializeToUtf8Bytes(CalculationResponse.From(result, TraceDetail.Full), JsonSerializerOptions.Web).Length;
    }

    /// <summary>The 10,000-line inventory (cn-2022, 2022).</summary>
    public static string TenThousandLines()
    {
        var json = new StringBuilder("{\"organization\":\"Bench\",\"period\":\"2022\",\"factorSet\":\"cn-2022\",\"region\":\"CN\",\"electricity\":[");
        for (var i = 0; i < 6_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{{\"amount\":\"{1_000 + i}.25 MWh\",\"region\":\"{RegionCodes[i % RegionCodes.Length]}\",\"site\":\"site-{i % 50}\"}}");
        }

        json.Append("],\"fuels\":[");
        for (var i = 0; i < 3_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append('{').Append(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, FuelLines[i % FuelLines.Length], 10 + i)},\"site\":\"site-{i % 50}\"").Append('}');
        }

        json.Append("],\"heat\":[");
        for (var i = 0; i < 1_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"{{\"amount\":\"{100 + i} GJ\",\"site\":\"site-{i % 50}\"}}");
        }

        return json.Append("]}").ToString();
    }
}
