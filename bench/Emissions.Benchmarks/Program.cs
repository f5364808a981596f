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

// --loop-issue15: one reading of the uncertainty and attribution benchmarks with their same-run baselines.
if (args is ["--loop-issue15"])
{
    var uncertainty = new Emissions.Benchmarks.UncertaintyBenchmarks();
    uncertainty.Setup();
    Measure("OneExactCalculation (10,000 lines)", 20, () => uncertainty.OneExactCalculation());
    Measure("TenThousandDrawsAndFirstOrder", 2, () => uncertainty.TenThousandDrawsAndFirstOrder());
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
