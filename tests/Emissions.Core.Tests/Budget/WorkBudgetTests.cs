using Emissions.Budget;
using Emissions.Contract.Checks;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Budget;

/// <summary>Compute work stops at its next checkpoint once its caller cancels or its budget is spent.</summary>
public sealed class WorkBudgetTests
{
    private const string Report = """
        {"figures": [{"id": "a", "value": "1 MWh"}, {"id": "b", "value": "2 MWh"}],
         "relations": [{"id": "r", "metric": "b", "formula": "a + a"}]}
        """;

    [Fact]
    public void Without_a_budget_the_checkpoint_does_nothing()
    {
        WorkBudget.Checkpoint();

        Assert.Equal(Verdict.Reproduced, CheckRun.Run(CheckRequestReader.Parse(Report), null).Checks.Single().Verdict);
    }

    [Fact]
    public void A_worker_thread_that_adopts_the_callers_budget_stops_with_it_and_is_unbudgeted_before_and_after()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Exception? before = null, adopted = null, after = null;

        // A thread of its own: the budget is per thread, as each parallel Monte Carlo draw's worker is (UncertaintyPropagation).
        using (WorkBudget.Open(null, cancelled.Token))
        {
            var ambient = WorkBudget.Ambient;
            var worker = new Thread(() =>
            {
                before = Record.Exception(WorkBudget.Checkpoint);
                using (WorkBudget.Adopt(ambient))
                {
                    adopted = Record.Exception(WorkBudget.Checkpoint);
                }

                after = Record.Exception(WorkBudget.Checkpoint);
            });
            worker.Start();
            worker.Join();
        }

        Assert.Null(before);
        Assert.IsType<OperationCanceledException>(adopted);
        Assert.Null(after);
    }

    [Fact]
    public void A_cancelled_caller_stops_the_check()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        using (WorkBudget.Open(null, cancelled.Token))
        {
            Assert.Throws<OperationCanceledException>(() => CheckRun.Run(CheckRequestReader.Parse(Report), null));
        }

        // The scope is closed: the same thread computes again.
        Assert.Single(CheckRun.Run(CheckRequestReader.Parse(Report), null).Checks);
    }

    [Fact]
    public void A_spent_budget_stops_evaluation_naming_the_limit()
    {
        using (WorkBudget.Open(TimeSpan.Zero, CancellationToken.None))
        {
            var error = Assert.Throws<WorkBudgetExceededException>(() =>
                Emissions.Core.Tests.Metrics.Formulas.Evaluate(ExpressionParser.Parse("a + a"), ExactArithmetic.Instance, _ => Quantity.Ratio(1m)));

            Assert.Equal(TimeSpan.Zero, error.Limit);
            Assert.Contains("0 s of computation", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_inner_scope_keeps_the_outer_scopes_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        using (WorkBudget.Open(null, cancelled.Token))
        using (WorkBudget.Open(TimeSpan.FromHours(1), CancellationToken.None))
        {
            WorkBudget.Checkpoint();
            cancelled.Cancel();
            Assert.Throws<OperationCanceledException>(WorkBudget.Checkpoint);
        }
    }

    [Fact]
    public void Time_spent_waiting_for_a_core_does_not_count_against_the_budget()
    {
        // A busy host: 1 s of computing took 25 s on the wall clock. The budget is 10 s of CPU time.
        var clock = new FakeWorkClock();
        using (WorkBudget.Open(TimeSpan.FromSeconds(10), clock, CancellationToken.None))
        {
            Start(clock);
            clock.Compute(TimeSpan.FromSeconds(1));
            clock.Wait(TimeSpan.FromSeconds(24));

            WorkBudget.Checkpoint();
        }
    }

    [Fact]
    public void Cpu_time_past_the_budget_stops_the_work_naming_the_limit()
    {
        var clock = new FakeWorkClock();
        using (WorkBudget.Open(TimeSpan.FromSeconds(10), clock, CancellationToken.None))
        {
            Start(clock);
            clock.Compute(TimeSpan.FromSeconds(4));
            clock.Wait(TimeSpan.FromSeconds(30));
            WorkBudget.Checkpoint(); // 4.002 s of 10 used
            clock.Compute(TimeSpan.FromSeconds(5.997));
            WorkBudget.Checkpoint(); // 9.999 s
            clock.Compute(TimeSpan.FromSeconds(0.001));

            var error = Assert.Throws<WorkBudgetExceededException>(WorkBudget.Checkpoint);

            Assert.Equal(TimeSpan.FromSeconds(10), error.Limit);
            Assert.Contains("10 s of computation one request may use", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Work_that_ends_within_the_grace_never_reads_the_cpu_clock()
    {
        var clock = new FakeWorkClock();
        using (WorkBudget.Open(TimeSpan.FromSeconds(10), clock, CancellationToken.None))
        {
            clock.Compute(WorkBudget.Grace * 0.9);
            WorkBudget.Checkpoint();
        }

        Assert.Equal(0, clock.CpuReads);
    }

    [Fact]
    public void The_cpu_clock_is_read_only_once_the_wall_clock_could_have_spent_the_rest_of_the_budget()
    {
        var clock = new FakeWorkClock();
        using (WorkBudget.Open(TimeSpan.FromSeconds(10), clock, CancellationToken.None))
        {
            clock.Compute(TimeSpan.FromSeconds(9.9));
            WorkBudget.Checkpoint(); // past the grace: the wall time so far, 9.9 s, counts as CPU time
            Assert.Equal(1, clock.CpuReads);

            clock.Wait(TimeSpan.FromSeconds(14.1)); // 24 s on the wall clock, 9.9 s of CPU: 0.1 s is left
            WorkBudget.Checkpoint();
            Assert.Equal(2, clock.CpuReads);

            clock.Wait(TimeSpan.FromSeconds(0.09)); // within the 0.1 s the rest takes at the earliest
            WorkBudget.Checkpoint();
            Assert.Equal(2, clock.CpuReads);

            clock.Compute(TimeSpan.FromSeconds(0.1));
            Assert.Throws<WorkBudgetExceededException>(WorkBudget.Checkpoint);
            Assert.Equal(3, clock.CpuReads);
        }
    }

    [Fact]
    public void Without_a_thread_cpu_clock_the_budget_is_wall_time()
    {
        var clock = new FakeWorkClock { HasCpuClock = false };
        using (WorkBudget.Open(TimeSpan.FromSeconds(10), clock, CancellationToken.None))
        {
            clock.Compute(TimeSpan.FromSeconds(1));
            clock.Wait(TimeSpan.FromSeconds(8.9));
            WorkBudget.Checkpoint(); // 9.9 s on the wall clock
            clock.Wait(TimeSpan.FromSeconds(0.1));

            Assert.Throws<WorkBudgetExceededException>(WorkBudget.Checkpoint);
        }
    }

    [Fact]
    public void Cpu_time_used_on_worker_threads_counts_against_the_same_budget()
    {
        // 6 s on a worker and 4 s on the caller's thread: the 10 s budget, in 6 s of wall time.
        var clock = new FakeWorkClock();
        using (WorkBudget.Open(TimeSpan.FromSeconds(10), clock, CancellationToken.None))
        {
            Start(clock);
            var ambient = WorkBudget.Ambient;
            Exception? onWorker = null;
            var worker = new Thread(() =>
            {
                using (WorkBudget.Adopt(ambient))
                {
                    clock.Compute(TimeSpan.FromSeconds(6));
                    onWorker = Record.Exception(WorkBudget.Checkpoint);
                }
            });
            worker.Start();
            worker.Join();
            Assert.Null(onWorker);

            clock.Compute(TimeSpan.FromSeconds(3.997));
            WorkBudget.Checkpoint(); // 6 + 0.002 + 3.997 = 9.999 s
            clock.Compute(TimeSpan.FromSeconds(0.001));
            Assert.Throws<WorkBudgetExceededException>(WorkBudget.Checkpoint);
        }
    }

    [Fact]
    public void Adopting_the_budget_on_its_own_thread_counts_the_thread_once()
    {
        // A parallel loop runs parts on its caller too: that part must not count the caller's CPU time twice.
        var clock = new FakeWorkClock();
        using (WorkBudget.Open(TimeSpan.FromSeconds(10), clock, CancellationToken.None))
        {
            Start(clock);
            using (WorkBudget.Adopt(WorkBudget.Ambient))
            {
                clock.Compute(TimeSpan.FromSeconds(6));
            }

            clock.Wait(TimeSpan.FromSeconds(20));
            WorkBudget.Checkpoint(); // 6.002 s of 10
        }
    }

    [Fact]
    public void On_linux_the_thread_cpu_clock_is_read_and_advances_while_the_thread_computes()
    {
        Assert.Equal(OperatingSystem.IsLinux(), ThreadCpuTime.IsAvailable);
        if (!ThreadCpuTime.IsAvailable)
        {
            return;
        }

        var start = ThreadCpuTime.Nanoseconds();
        var spin = 0L;
        while (ThreadCpuTime.Nanoseconds() == start && spin < 1_000_000_000)
        {
            spin++;
        }

        Assert.True(ThreadCpuTime.Nanoseconds() > start, $"the clock stood still over {spin} reads");
    }

    // The first checkpoints of the work (a request's reader checkpoints at each figure): at the end of the grace the CPU
    // clock is read for the first time and the 1 ms of wall time so far counts as CPU time; 2 ms are used after this.
    [Fact]
    public void A_clock_read_every_fourth_checkpoint_notices_a_spent_budget_at_its_next_read_and_not_before()
    {
        var clock = new FakeWorkClock { ReadEvery = 4 };
        using (WorkBudget.Open(TimeSpan.FromSeconds(10), clock, CancellationToken.None))
        {
            WorkBudget.Checkpoint(); // the first checkpoint reads the clock: nothing spent yet
            clock.Compute(TimeSpan.FromSeconds(11));
            WorkBudget.Checkpoint();
            WorkBudget.Checkpoint();
            WorkBudget.Checkpoint();
            Assert.Equal(2, clock.WallReads); // when the budget opened, and at the first checkpoint

            var error = Assert.Throws<WorkBudgetExceededException>(WorkBudget.Checkpoint);

            Assert.Equal(TimeSpan.FromSeconds(10), error.Limit);
        }
    }

    [Fact]
    public void Cancellation_is_noticed_at_the_next_checkpoint_between_two_reads_of_the_clock()
    {
        var clock = new FakeWorkClock { ReadEvery = 16 };
        using var cancelled = new CancellationTokenSource();
        using (WorkBudget.Open(TimeSpan.FromSeconds(10), clock, cancelled.Token))
        {
            WorkBudget.Checkpoint();
            WorkBudget.Checkpoint();
            cancelled.Cancel();

            Assert.Throws<OperationCanceledException>(WorkBudget.Checkpoint);
            Assert.Equal(2, clock.WallReads); // when the budget opened, and at the first checkpoint
        }
    }

    private static void Start(FakeWorkClock clock)
    {
        clock.Compute(TimeSpan.FromMilliseconds(1));
        WorkBudget.Checkpoint();
        clock.Compute(TimeSpan.FromMilliseconds(1));
        WorkBudget.Checkpoint();
        Assert.Equal(1, clock.CpuReads);
    }
}
