using BenchmarkDotNet.Running;

if (args is ["--loop"])
{
    var b = new Emissions.Benchmarks.CheckBenchmarks();
    b.Setup();
    for (var i = 0; i < 200; i++)
    {
        b.Check();
    }

    var bytes = GC.GetAllocatedBytesForCurrentThread();
    var sw = System.Diagnostics.Stopwatch.StartNew();
    for (var i = 0; i < 300; i++)
    {
        b.Check();
    }

    Console.WriteLine($"{sw.Elapsed.TotalMilliseconds / 300:F2} ms/check, {(GC.GetAllocatedBytesForCurrentThread() - bytes) / 300 / 1024} KB");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Emissions.Benchmarks.CheckBenchmarks).Assembly).Run(args);
