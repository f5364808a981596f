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
