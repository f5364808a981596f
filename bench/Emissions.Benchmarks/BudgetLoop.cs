using System.Diagnostics;
using System.Globalization;
using System.Text;
using Emissions.Budget;
using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Benchmarks;

/// <summary>
/// --loop-budget: the evidence for a CPU-time compute budget (Limits:ComputeBudgetSeconds). (1) What a checkpoint costs
/// with no budget, under a budget (a wall-clock read) and what the thread CPU clock costs per read; (2) the largest
/// accepted check (9,999 figures and a relation, ComputeBudgetTests) run by 1, 2, 4 and 8 threads at once: its wall
/// time grows with the threads sharing the cores, its CPU time does not. A wall-clock budget refuses an honest request
/// once the host is busy enough; a CPU-time budget stops the same runaway work and not the honest.
/// </summary>
internal static class BudgetLoop
{
    public static void Run()
    {
        Console.WriteLine($"thread CPU clock available: {ThreadCpuTime.IsAvailable}; {Environment.ProcessorCount} cores");
        const int reads = 2_000_000;
        Console.WriteLine($"Checkpoint, no budget open         {PerCall(reads, WorkBudget.Checkpoint),7:F1} ns");
        using (WorkBudget.Open(TimeSpan.FromHours(1), CancellationToken.None))
        {
            Console.WriteLine($"Checkpoint, a budget open          {PerCall(reads, WorkBudget.Checkpoint),7:F1} ns");
        }

        Console.WriteLine($"Stopwatch.GetTimestamp             {PerCall(reads, () => Stopwatch.GetTimestamp()),7:F1} ns");
        Console.WriteLine($"ThreadCpuTime.Nanoseconds          {PerCall(reads / 10, () => ThreadCpuTime.Nanoseconds()),7:F1} ns");
        Console.WriteLine($"WorkBudget.Open + Dispose         {PerCall(reads / 10, () => WorkBudget.Open(TimeSpan.FromHours(1), CancellationToken.None).Dispose()),7:F1} ns");

        var body = LargestCheck();
        CheckOnce(body); // JIT and caches
        foreach (var threads in new[] { 1, 2, 4, 8 })
        {
            var walls = new List<double>();
            var cpus = new List<double>();
            var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
            {
                for (var run = 0; run < 5; run++)
                {
                    var cpu = ThreadCpuTime.Nanoseconds();
                    var wall = Stopwatch.GetTimestamp();
                    CheckOnce(body);
                    var wallMs = Stopwatch.GetElapsedTime(wall).TotalMilliseconds;
                    var cpuMs = (ThreadCpuTime.Nanoseconds() - cpu) / 1e6;
                    lock (walls)
                    {
                        walls.Add(wallMs);
                        cpus.Add(cpuMs);
                    }
                }
            })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
            Console.WriteLine($"9,999-figure check, {threads} at once: median {Median(walls),7:F0} ms wall, {Median(cpus),6:F0} ms thread CPU (max {walls.Max(),6:F0} ms wall, {cpus.Max(),5:F0} ms CPU)");
        }
    }

    private static void CheckOnce(string body)
    {
        using (WorkBudget.Open(TimeSpan.FromSeconds(10), CancellationToken.None))
        {
            var report = CheckRun.Run(CheckRequestReader.Parse(body, 10_000), null);
            if (report.Checks.Single().Verdict != Verdict.Reproduced)
            {
                throw new InvalidOperationException("expected f9997 + 1 MWh to reproduce f9998");
            }
        }
    }

    // The body of ComputeBudgetTests.A_check_of_10000_entries_stays_within_the_default_budget.
    private static string LargestCheck()
    {
        var body = new StringBuilder("""{"figures": [""");
        for (var i = 0; i < 9_999; i++)
        {
            body.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""{"id": "f{{i}}", "value": "{{i + 1}}.5 MWh"}""");
        }

        return body.Append("""], "relations": [{"id": "r", "metric": "f9998", "formula": "f9997 + 1 MWh"}]}""").ToString();
    }

    private static double PerCall(int calls, Action action)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var cpu = ThreadCpuTime.Nanoseconds();
            for (var i = 0; i < calls; i++)
            {
                action();
            }

            best = Math.Min(best, (double)(ThreadCpuTime.Nanoseconds() - cpu) / calls);
        }

        return best;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
