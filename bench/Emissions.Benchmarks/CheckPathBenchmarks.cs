using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Emissions.Contract.Checks;
using Emissions.Factors;
using Emissions.Factors.Loading;
using Emissions.Verification;

namespace Emissions.Benchmarks;

/// <summary>
/// The check path as the service runs it, request bytes to response bytes: the request read from the UTF-8 body in one
/// pass (<see cref="CheckRequestUtf8Reader"/>, as POST /v1/checks reads it), <see cref="CheckRun.Run"/> and <see cref="CheckReportJson"/> writing the whole
/// answer (every implied value and explanation included) with the service's writer settings (relaxed escaping, not
/// indented) into a reused buffer. Two requests: the 500-figure / 1,000-relation report of <see cref="CheckBenchmarks"/>
/// (goal &lt; 5 ms), the Kuaishou 2020 report with its factor set cn-2022 (the load benchmark's request) and three of
/// its figures with their one relation (bench/load/requests: what a check costs whatever its size).
/// The baseline is the same path without the check: parse the body and copy the answer already rendered.
/// </summary>
[MemoryDiagnoser]
public class CheckPathBenchmarks
{
    // The service's default Limits:MaxDepth and Limits:MaxFigures.
    private const int MaxDepth = 64;

    private const int MaxFigures = 10_000;

    // As the service's writer (JsonSerializer's, over Kestrel's pipe): no structural validation while writing.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private byte[] _request = [];
    private byte[] _answer = [];
    private FactorSet? _set;
    private FactorCandidates? _candidates;

    /// <summary>wide-500, kuaishou-2020 (with cn-2022), a request of bench/load/requests, or the path of a request file (.json).</summary>
    [Params("wide-500", "kuaishou-2020", "kuaishou-2020-one-relation")]
    public string Report { get; set; } = "wide-500";

    [GlobalSetup]
    public void Setup()
    {
        if (Report == "wide-500")
        {
            _request = Encoding.UTF8.GetBytes(CheckBenchmarks.BuildRequest());
        }
        else if (Report.EndsWith(".json", StringComparison.Ordinal))
        {
            // Any request file (e.g. bench/check-identity's long sums), checked without a factor set.
            _request = File.ReadAllBytes(Report);
        }
        else
        {
            var library = FactorLibrary.LoadShipped();
            _request = File.ReadAllBytes(Report == "kuaishou-2020"
                ? Path.Combine(Repository.Root, "tests", "fixtures", "kuaishou-2020", "report.json")
                : Path.Combine(Repository.Root, "bench", "load", "requests", Report + ".json"));
            _set = library.Sets.Single(s => s.Id == "cn-2022");
            _candidates = new FactorCandidates(library.Factors);
        }

        _answer = RequestToResponse().ToArray();
    }

    /// <summary>The floor: parse the body into a document (as the service read it before its one-pass reader) and write an answer of the same size, with no check.</summary>
    [Benchmark(Baseline = true)]
    public int ParseBodyAndCopyAnswer()
    {
        using var document = JsonDocument.Parse(_request);
        _buffer.ResetWrittenCount();
        _buffer.Write(_answer);
        return _buffer.WrittenCount + (document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0);
    }

    [Benchmark]
    public int RequestBytesToResponseBytes() => RequestToResponse().Length;

    /// <summary>
    /// Each phase of <see cref="RequestBytesToResponseBytes"/> on its own, µs per request (best of the runs) and bytes
    /// allocated per request (of the last run), for finding the costs.
    /// </summary>
    /// <param name="runs">How many requests.</param>
    /// <param name="entering">Told the name of each phase as it starts (for an allocation sampler).</param>
    public IReadOnlyList<(string Phase, double Micros, long Allocated)> Phases(int runs, Action<string>? entering = null) =>
        [.. PhasesInDetail(runs, entering).Select(p => (p.Phase, p.Best, p.Allocated))];

    /// <summary>
    /// <see cref="Phases"/> with each phase's mean time and the garbage collections that fell inside it (all
    /// generations, gen 1 or higher) over the runs: the mean minus the best is what a phase pays for collections and
    /// cold memory, which the best single run leaves out.
    /// </summary>
    /// <param name="runs">How many requests.</param>
    /// <param name="entering">Told the name of each phase as it starts (for an allocation sampler).</param>
    public IReadOnlyList<(string Phase, double Best, double Mean, long Allocated, int Collections, int Gen1Collections)> PhasesInDetail(
        int runs, Action<string>? entering = null)
    {
        var phases = new (string Name, double Best, long Allocated)[]
        {
            ("read request", double.MaxValue, 0), ("check (verdicts)", double.MaxValue, 0),
            ("implied values", double.MaxValue, 0), ("explanations", double.MaxValue, 0), ("write JSON", double.MaxValue, 0),
        };
        var total = new double[phases.Length];
        var collections = new int[phases.Length];
        var gen1 = new int[phases.Length];
        var gen0Before = GC.CollectionCount(0);
        var gen1Before = GC.CollectionCount(1);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = new System.Diagnostics.Stopwatch();
        for (var run = 0; run < runs; run++)
        {
            entering?.Invoke(phases[0].Name);
            clock.Restart();
            var request = Read(_request);
            Lap(0);
            var report = CheckRun.Run(request, _set, candidates: _candidates);
            Lap(1);
            foreach (var check in report.Checks)
            {
                _ = check.Implied;
            }

            Lap(2);
            foreach (var check in report.Checks)
            {
                _ = check.Explanation;
            }

            Lap(3);
            _buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_buffer, WriterOptions))
            {
                CheckReportJson.Write(writer, report);
            }

            Lap(4);
        }

        return [.. phases.Select((p, i) => (p.Name, p.Best, total[i] / runs, p.Allocated, collections[i], gen1[i]))];

        void Lap(int phase)
        {
            var micros = clock.Elapsed.TotalMicroseconds;
            phases[phase].Best = Math.Min(phases[phase].Best, micros);
            total[phase] += micros;
            var gen0Now = GC.CollectionCount(0);
            var gen1Now = GC.CollectionCount(1);
            collections[phase] += gen0Now - gen0Before;
            gen1[phase] += gen1Now - gen1Before;
            gen0Before = gen0Now;
            gen1Before = gen1Now;
            var now = GC.GetAllocatedBytesForCurrentThread();
            phases[phase].Allocated = now - allocated;
            allocated = now;
            entering?.Invoke(phases[(phase + 1) % phases.Length].Name);
            clock.Restart();
        }
    }

    /// <summary>
    /// The request as POST /v1/checks reads it (ComputeRunner.CheckAsync, the service's default limits): from the bytes
    /// in one pass, or, for a request of a shape that reader leaves, the body's document.
    /// </summary>
    private static CheckRequest Read(byte[] body)
    {
        if (CheckRequestUtf8Reader.TryRead(body, MaxDepth, MaxFigures, MaxFigures) is { } read)
        {
            return read;
        }

        using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false });
        return CheckRequestReader.Read(document.RootElement, MaxFigures);
    }

    private ReadOnlySpan<byte> RequestToResponse()
    {
        var request = Read(_request);
        var report = CheckRun.Run(request, _set, candidates: _candidates);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, WriterOptions))
        {
            CheckReportJson.Write(writer, report);
        }

        return _buffer.WrittenSpan;
    }
}

internal static class Repository
{
    /// <summary>The repository's root: the first parent folder of the working directory or the binary with a tests/fixtures folder.</summary>
    public static string Root { get; } = Find(Directory.GetCurrentDirectory()) ?? Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("run from inside the repository (tests/fixtures not found)");

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "fixtures")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
