using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Emissions.Benchmarks.CheckBenchmarks).Assembly).Run(args);
