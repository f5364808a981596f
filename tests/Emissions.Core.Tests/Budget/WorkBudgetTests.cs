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
}
