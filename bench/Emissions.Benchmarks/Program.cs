using System.Diagnostics;
using BenchmarkDotNet.Running;

// --loop: a quick wall-clock and CPU-time reading without BenchmarkDotNet, for a loaded machine.
if (args is ["--loop"])
{
    var benchmarks = new Emissions.Benchmarks.CheckBenchmarks();
    benchmarks.Setup();
    Measure("Check", 300, () => benchmarks.Check());
    Measure("CheckWithDiagnostics", 100, () => benchmarks.CheckWithDiagnostics());
    Measure("CheckAndWriteJson", 50, () => benchmarks.CheckAndWriteJson());
    Console.WriteLine($"JSON: {benchmarks.CheckAndWriteJson().Length / 1024} K characters");
    return;
}

// --write-request wide-500 FILE: the generated 500-figure request as a file, for whole-process runs (bench/cli-check/run.sh);
// wide-SITES (e.g. wide-5: 25 figures, 50 checks) writes that many sites of it, for finding where a second core starts
// to pay (ADR 0034, rejected: --loop-path FILE of each size).
if (args is ["--write-request", var wide, var requestFile] && wide.StartsWith("wide-", StringComparison.Ordinal))
{
    var sites = wide == "wide-500" ? 100 : int.Parse(wide["wide-".Length..], System.Globalization.CultureInfo.InvariantCulture);
    File.WriteAllText(requestFile, Emissions.Benchmarks.CheckBenchmarks.BuildRequest(sites));
    return;
}

// --body-loop: CPU time and allocation per call of CalculationBodyBenchmarks, without BenchmarkDotNet (a loaded machine).
if (args is ["--body-loop"])
{
    foreach (var body in new[] { "kuaishou-2020", "lines-10000" })
    {
        var reading = new Emissions.Benchmarks.CalculationBodyBenchmarks { Body = body };
        reading.Setup();
        var calls = body == "kuaishou-2020" ? 2_000 : 40;
        Measure($"{body} DocumentRead", calls, () => reading.DocumentRead());
        Measure($"{body} StreamedRead", calls, () => reading.StreamedRead());
        Measure($"{body} DocumentReadCalculateAnswer", calls / 4, () => reading.DocumentReadCalculateAnswer());
        Measure($"{body} StreamedReadCalculateAnswer", calls / 4, () => reading.StreamedReadCalculateAnswer());
    }

    return;
}

// --identity CORPUS OUT: every check answer of a corpus (bench/check-identity/make_corpus.py) in-process, as the CLI
// builds it (JSON, the CSV table, errors), so that an optimisation can be compared byte for byte in seconds;
// bench/check-identity/capture.sh compares the whole CLI and service.
if (args is ["--identity", var corpus, var outDir])
{
    Directory.CreateDirectory(outDir);
    var library = Emissions.Factors.Loading.FactorLibrary.LoadShipped();
    var candidates = new Emissions.Verification.FactorCandidates(library.Factors);
    foreach (var file in Directory.GetFiles(corpus, "*.json").Order(StringComparer.Ordinal))
    {
        var name = Path.GetFileNameWithoutExtension(file);
        foreach (var (suffix, materiality) in new[] { ("", (decimal?)null), (".opt", 0.00001m) })
        {
            string text;
            try
            {
                var request = Emissions.Contract.Checks.CheckRequestReader.Parse(File.ReadAllText(file));
                if (materiality is { } m)
                {
                    request = request with { Options = request.Options with { Materiality = m, AboutTolerance = 0.01m } };
                }

                var setId = Emissions.Factors.FactorSetName.OfCheck(request)?.Id;
                var set = setId is null ? null : library.Sets.Single(x => x.Id == setId);
                var report = Emissions.Verification.CheckRun.Run(request, set, candidates: candidates);
                text = Emissions.Contract.Checks.CheckReportJson.Write(report) + "\n"
                    + string.Join("\n", Emissions.Contract.Checks.CheckTable.Rows(report).Select(r => string.Join("\u001f", r)));
            }
            catch (Emissions.Inventory.InputException ex)
            {
                text = $"input error: {ex.Message}";
            }

            File.WriteAllText(Path.Combine(outDir, name + suffix + ".txt"), text);
        }
    }

    return;
}

// --profile-path [N [REPORT]]: one request's bytes → response bytes N times (default 3,000; REPORT as for --loop-path,
// default wide-500) and nothing else, for a sampling profiler (perf record with DOTNET_PerfMapEnabled=1) or callgrind
// (callgrind-path.sh, callgrind-functions.sh) to see the steady state rather than start-up and JIT.
if (args is ["--profile-path", ..])
{
    var report = args.Length > 2 ? args[2] : "wide-500";
    var path = new Emissions.Benchmarks.CheckPathBenchmarks { Report = report };
    path.Setup();
    var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3_000;
    Console.WriteLine($"{report} {Time(runs, () => path.RequestBytesToResponseBytes()):F1} µs CPU per request over {runs} requests");
    return;
}

// --alloc-path [N [REPORT]]: the types allocated by N requests of REPORT (default 500 of wide-500; REPORT as for
// --loop-path), from the runtime's sampled allocation events (one every ~100 KB), largest share first: where the
// allocation per request goes. A small report wants many requests (kuaishou-2020: 20,000) for the samples to settle.
if (args is ["--alloc-path", ..])
{
    var path = new Emissions.Benchmarks.CheckPathBenchmarks { Report = args.Length > 2 ? args[2] : "wide-500" };
    path.Setup();
    var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500;
    using var listener = new Emissions.Benchmarks.AllocationSampler();
    path.Phases(runs, phase => listener.Phase = phase);

    listener.Print(runs);
    return;
}

// --loop-path [REPORT …]: request bytes → response bytes (CheckPathBenchmarks) for each report (default: all three;
// a path ending in .json checks that request file), best of five rounds, against the floor. The rounds follow a warm-up
// of WARM_SECONDS (default 3; 0 = none, the method before 2026-12-07 07:00): without it the runtime's background tier-1
// compilation held the second core during the rounds and the same build's wall time varied by ±20 % between runs.
if (args is ["--loop-path", ..])
{
    var warmText = Environment.GetEnvironmentVariable("WARM_SECONDS") ?? "3";
    if (!double.TryParse(warmText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var warmSeconds)
        || !(warmSeconds >= 0))
    {
        Console.Error.WriteLine($"WARM_SECONDS: '{warmText}': expected seconds of warm-up, a number of at least 0 (e.g. 3 or 0.5)");
        Environment.Exit(2);
    }

    foreach (var report in args.Length > 1 ? args[1..] : ["wide-500", "kuaishou-2020", "kuaishou-2020-one-relation"])
    {
        var path = new Emissions.Benchmarks.CheckPathBenchmarks { Report = report };
        path.Setup();
        for (var warm = Stopwatch.StartNew(); warm.Elapsed.TotalSeconds < warmSeconds;)
        {
            path.RequestBytesToResponseBytes();
        }

        var runs = report == "wide-500" || report.EndsWith(".json", StringComparison.Ordinal) ? 40 : 4000;
        double floor = double.MaxValue, full = double.MaxValue, wall = double.MaxValue;
        long bytes = 0;
        for (var round = 0; round < 5; round++)
        {
            floor = Math.Min(floor, Time(runs, () => path.ParseBodyAndCopyAnswer()));
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var cpu = Time(runs, () => path.RequestBytesToResponseBytes());
            wall = Math.Min(wall, clock.Elapsed.TotalMicroseconds / (runs + 1));
            full = Math.Min(full, cpu);
            bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / runs;
        }

        // CPU is the whole process's (background JIT and GC threads included); wall is what the caller waits, per request.
        Console.WriteLine($"{report,-14} request bytes → response bytes {full,9:F1} µs CPU {wall,9:F1} µs wall   floor {floor,8:F1} µs CPU   {full / floor,6:F1}× floor   {bytes / 1024} KB allocated (caller's thread)");
        Console.WriteLine($"    anatomy: {Emissions.Benchmarks.RequestAnatomy.Measure(runs * 2, () => path.RequestBytesToResponseBytes())}");
        var phases = path.PhasesInDetail(runs * 2);
        foreach (var (phase, best, mean, allocated, collections, gen1) in phases)
        {
            Console.WriteLine($"    {phase,-18} {best,9:F1} µs {allocated / 1024,7} KB allocated   mean {mean,9:F1} µs, {collections} collections ({gen1} gen1+) in {runs * 2} runs");
        }

        Console.WriteLine($"    sum of phases: best {phases.Sum(p => p.Best),9:F1} µs, mean {phases.Sum(p => p.Mean),9:F1} µs (wall clock)");
    }

    return;
}

// --loop-check-read [REPORT …]: a posted check's body to its request model, the two ways the service reads one, interleaved,
// best of five rounds (µs of CPU): the document way (JsonBodyParser's one parse with its UTF-8 and escape checks, then
// CheckRequestReader.Read) and from the bytes in one pass (CheckRequestUtf8Reader, what POST /v1/checks now does).
if (args is ["--loop-check-read", ..])
{
    foreach (var report in args.Length > 1 ? args[1..] : ["kuaishou-2020", "wide-500"])
    {
        var body = report == "wide-500"
            ? System.Text.Encoding.UTF8.GetBytes(Emissions.Benchmarks.CheckBenchmarks.BuildRequest())
            : File.ReadAllBytes(Path.Combine(Emissions.Benchmarks.Repository.Root, "tests", "fixtures", report, "report.json"));
        var runs = report == "wide-500" ? 400 : 20_000;
        double document = double.MaxValue, bytes = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            document = Math.Min(document, Time(runs, () => ReadByDocument(body)));
            bytes = Math.Min(bytes, Time(runs, () => _ = Emissions.Contract.Checks.CheckRequestUtf8Reader.TryRead(body, 64, 10_000, 10_000)
                ?? throw new InvalidOperationException($"{report} is not read from its bytes")));
        }

        Console.WriteLine($"{report,-14} {body.Length,7} bytes   document way {document,8:F1} µs CPU   from bytes {bytes,8:F1} µs CPU   ({bytes / document:F2}×)");
    }

    return;

    static Emissions.Verification.CheckRequest ReadByDocument(byte[] body)
    {
        // JsonBodyParser's usual case: no escapes, valid UTF-8, one parse refusing repeated names and depth past the limit.
        if (body.AsSpan().Contains((byte)'\\') || !System.Text.Unicode.Utf8.IsValid(body))
        {
            throw new InvalidOperationException("not the document way's usual case");
        }

        using var document = System.Text.Json.JsonDocument.Parse(body, new System.Text.Json.JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false });
        return Emissions.Contract.Checks.CheckRequestReader.Read(document.RootElement, 10_000);
    }
}

// --loop-calculation: per-record times of the calculation benchmark's methods, interleaved over five rounds (the
// lowest of each is printed), for iterating on a shared machine; BenchmarkDotNet gives the figures that are quoted.
if (args is ["--loop-calculation", ..])
{
    var calculation = new Emissions.Benchmarks.CalculationBenchmarks();
    calculation.Setup();
    var methods = new (string Name, int Runs, Action Run)[]
    {
        ("BareDecimalSumOfProducts", 200, () => calculation.BareDecimalSumOfProducts()),
        ("BareDecimalArithmeticOfAllFigures", 50, () => calculation.BareDecimalArithmeticOfAllFigures()),
        ("CalculateWithTraces", 20, () => calculation.CalculateWithTraces()),
        ("CalculateAndRenderEveryTrace", 5, () => calculation.CalculateAndRenderEveryTrace()),
        ("BuildColumns", 20, () => calculation.BuildColumns()),
        ("ReadInventory", 2, () => calculation.ReadInventory()),
        ("ReadInventoryStreamed", 2, () => calculation.ReadInventoryStreamed()),
    };
    var best = methods.Select(_ => double.MaxValue).ToArray();
    // A method name after the flag runs only that one (after the floor), e.g. under a profiler.
    var only = args.Length > 1 ? args[1] : null;
    for (var round = 0; round < 5; round++)
    {
        for (var m = 0; m < methods.Length; m++)
        {
            if (m > 0 && only is not null && methods[m].Name != only)
            {
                continue;
            }

            methods[m].Run();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < methods[m].Runs; i++)
            {
                methods[m].Run();
            }

            best[m] = Math.Min(best[m], clock.Elapsed.TotalNanoseconds / methods[m].Runs / Emissions.Benchmarks.CalculationBenchmarks.Records);
        }
    }

    for (var m = 0; m < methods.Length; m++)
    {
        if (best[m] == double.MaxValue)
        {
            continue;
        }

        Console.WriteLine($"{methods[m].Name,-36} {best[m],9:F1} ns/record  {best[m] / best[0],6:F2}×");
    }

    return;
}

// --loop-budget: what a compute budget checkpoint costs, and the largest accepted check's wall and CPU time as more
// threads share the cores (BudgetLoop).
if (args is ["--loop-budget"])
{
    Emissions.Benchmarks.BudgetLoop.Run();
    return;
}

// --loop-attribution: one attribution of the Kuaishou 2020 calculation over every combination against one calculation.
if (args is ["--loop-attribution"])
{
    var attribution = new Emissions.Benchmarks.CalculationAttributionBenchmarks();
    attribution.Setup();
    Console.WriteLine($"{attribution.Combinations} combinations");
    Measure("OneCalculation (Kuaishou 2020, cn-2020)", 500, () => attribution.OneCalculation());
    Measure("Attribute (every combination)", 20, () => attribution.Attribute());
    return;
}

// --loop-issue15: one reading of the uncertainty and attribution benchmarks with their same-run baselines.
if (args is ["--loop-issue15", ..])
{
    var uncertainty = new Emissions.Benchmarks.UncertaintyBenchmarks();
    uncertainty.Setup();
    Measure("OneExactCalculation (10,000 lines)", 20, () => uncertainty.OneExactCalculation());
    Measure("TenThousandDrawsAndFirstOrder", 2, () => uncertainty.TenThousandDrawsAndFirstOrder());
    Measure("TenThousandLinesElectricityAndFactors", 2, () => uncertainty.TenThousandLinesElectricityAndFactors());
    Measure("KuaishouOneExactCalculation", 200, () => uncertainty.KuaishouOneExactCalculation());
    Measure("KuaishouFactorsIpcc (10,000 draws)", 2, () => uncertainty.KuaishouFactorsIpcc());
    if (args is [_, "uncertainty"])
    {
        return;
    }

    var attribution = new Emissions.Benchmarks.AttributionBenchmarks();
    attribution.Setup();
    Measure("Unattributed (100 relations)", 50, () => attribution.Unattributed());
    Measure("AttributedOverTheWholeLibrary", 50, () => attribution.AttributedOverTheWholeLibrary());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Emissions.Benchmarks.CheckBenchmarks).Assembly).Run(args);

static void Measure(string name, int runs, Action action)
{
    for (var i = 0; i < runs; i++)
    {
        action();
    }

    var bytes = GC.GetAllocatedBytesForCurrentThread();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    for (var i = 0; i < runs; i++)
    {
        action();
    }

    var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
    Console.WriteLine($"{name}: {wall.Elapsed.TotalMilliseconds / runs:F2} ms wall, {cpuMs:F2} ms CPU (all threads), "
        + $"{(GC.GetAllocatedBytesForCurrentThread() - bytes) / runs / 1024} KB allocated");
}

// Process CPU time per run, not wall-clock: on a machine shared with other builds the wall clock mostly measures the wait.
static double Time(int runs, Action action)
{
    action();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    for (var i = 0; i < runs; i++)
    {
        action();
    }

    return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / runs;
}
