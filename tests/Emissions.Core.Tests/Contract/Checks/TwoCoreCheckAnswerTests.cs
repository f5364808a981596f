using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Emissions.Contract.Checks;
using Emissions.Core.Tests.Verification;
using Emissions.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// A large report's answer written on two cores (ADR 0034) is the one-core answer byte for byte, whichever thread did
/// which check: each comparison checks the request afresh, so that the implied values and explanations (worked out when
/// first read) are worked out by the two-core writer itself, not read back from the one-core run.
/// </summary>
public class TwoCoreCheckAnswerTests
{
    /// <summary>wide-500's shape (bench/Emissions.Benchmarks): five figures and eight auditor's relations per site, some sites off by a gap, plus one relation per site naming a figure nobody printed.</summary>
    private static string WideRequest(int sites)
    {
        var figures = new List<string>();
        var relations = new List<string>();
        for (var i = 0; i < sites; i++)
        {
            var s = $"s{i}";
            var direct = 10_000m + (i * 37.13m);
            var electricity = 500_000m + (i * 911.07m);
            var heat = 20_000m + (i * 13.31m);
            var indirect = Math.Round(electricity + (heat / 3.6m), 2) + (i % 7 == 0 ? 289.54m : 0m);
            var total = direct + indirect + (i % 11 == 0 ? 0.01m : 0m);
            void Figure(string id, string metric, decimal value, string unit) =>
                figures.Add(string.Create(CultureInfo.InvariantCulture,
                    $$"""{"id": "{{s}}_{{id}}", "metric": "{{metric}}", "value": "{{value:#,##0.00}}", "unit": "{{unit}}", "site": "site-{{i}}"}"""));
            Figure("total", "energy.total", total, "兆瓦時");
            Figure("direct", "energy.direct", direct, "兆瓦時");
            Figure("indirect", "energy.indirect", indirect, "兆瓦時");
            Figure("elec", "energy.electricity", electricity, "兆瓦時");
            Figure("heat", "energy.heat", heat, "吉焦");
            string[] formulas =
            [
                $"indirect = {s}_elec + {s}_heat", $"total = {s}_direct + {s}_elec + {s}_heat", $"direct = {s}_total - {s}_indirect",
                $"elec = {s}_indirect - {s}_heat", $"heat = {s}_indirect - {s}_elec", $"total = sum({s}_direct, {s}_indirect)",
                $"indirect = {s}_total - {s}_direct", $"elec = {s}_total - {s}_direct - {s}_heat", $"total = {s}_direct + {s}_cooling",
            ];
            for (var k = 0; k < formulas.Length; k++)
            {
                var eq = formulas[k].IndexOf(" = ", StringComparison.Ordinal);
                relations.Add($$"""{"id": "{{s}}_r{{k}}", "metric": "{{s}}_{{formulas[k][..eq]}}", "formula": "{{formulas[k][(eq + 3)..]}}"}""");
            }
        }

        return new StringBuilder("{\"organization\": \"Wide Co\", \"period\": \"2020\", \"figures\": [\n")
            .AppendJoin(",\n", figures).Append("],\n\"relations\": [\n").AppendJoin(",\n", relations).Append("]}").ToString();
    }

    private static CheckReport CheckAfresh(string request) => new Checker().Check(CheckRequestReader.Parse(request));

    [Theory]
    [InlineData(100)]
    [InlineData(7)]
    [InlineData(2)]
    [InlineData(1)]
    public void The_indented_answer_on_two_cores_is_the_one_core_answer(int sites)
    {
        var request = WideRequest(sites);
        var oneCore = CheckReportJson.Write(CheckAfresh(request), twoCores: false);

        for (var run = 0; run < 5; run++)
        {
            Assert.Equal(oneCore, CheckReportJson.Write(CheckAfresh(request), twoCores: true));
        }
    }

    [Fact]
    public void The_one_core_answer_has_every_verdict_and_implied_values_to_compare()
    {
        var report = CheckAfresh(WideRequest(100));

        // Otherwise the comparisons above would compare little: 1,100 checks of every kind, most with implied values.
        Assert.Equal(1_100, report.Checks.Count);
        Assert.All(new[] { Verdict.Reproduced, Verdict.Consistent, Verdict.Discrepant, Verdict.Unverifiable }, v => Assert.True(report.Count(v) > 0, v.ToString()));
        Assert.True(report.Checks.Count(c => c.Implied.Count > 0) > 500);
    }

    [Fact]
    public void The_service_compact_answer_nested_in_a_body_is_the_same_on_two_cores()
    {
        // The service writes compact JSON, sometimes inside another body (a submission's results): nested two deeper.
        var request = WideRequest(60);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        Assert.Equal(Nested(CheckAfresh(request), options, twoCores: false), Nested(CheckAfresh(request), options, twoCores: true));
        var indented = options with { Indented = true };
        Assert.Equal(Nested(CheckAfresh(request), indented, twoCores: false), Nested(CheckAfresh(request), indented, twoCores: true));
    }

    private static string Nested(CheckReport report, JsonWriterOptions options, bool twoCores)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            CheckReportJson.Write(writer, report, twoCores);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Runs_written_by_the_pool_thread_land_in_order_among_the_callers()
    {
        // The caller's first check waits until the pool thread has written one, so both threads surely write runs here
        // (on a busy machine the caller may otherwise write them all).
        var request = WideRequest(40);
        var oneCore = Array(CheckAfresh(request), (writer, checks) =>
        {
            foreach (var check in checks)
            {
                CheckReportJson.WriteCheck(writer, check);
            }
        });
        var caller = Environment.CurrentManagedThreadId;
        using var poolWrote = new ManualResetEventSlim();
        int byCaller = 0, byPool = 0;
        var twoCores = Array(CheckAfresh(request), (writer, checks) => TwoCoreCheckArray.Write(writer, checks, (w, check) =>
        {
            if (Environment.CurrentManagedThreadId == caller)
            {
                Assert.True(poolWrote.Wait(TimeSpan.FromSeconds(30)), "the pool thread never started");
                byCaller++;
            }
            else
            {
                Interlocked.Increment(ref byPool);
                poolWrote.Set();
            }

            CheckReportJson.WriteCheck(w, check);
        }));

        Assert.Equal(oneCore, twoCores);
        Assert.True(byCaller > 0 && byPool > 0, $"caller {byCaller}, pool thread {byPool}");

        // Every check at least once; the run the pool thread was writing when the caller reached it may be written twice.
        Assert.InRange(byCaller + byPool, 440, 440 + TwoCoreCheckArray.RunLength);
    }

    [Fact]
    public void The_caller_does_not_wait_for_a_pool_thread_that_is_not_running()
    {
        // The pool thread claims the last run and then stalls (as if the scheduler had put it aside): the caller writes
        // every run, that one included, and returns the same answer without waiting for it.
        var request = WideRequest(10);
        var oneCore = Array(CheckAfresh(request), (writer, checks) =>
        {
            foreach (var check in checks)
            {
                CheckReportJson.WriteCheck(writer, check);
            }
        });
        var caller = Environment.CurrentManagedThreadId;
        using var callerDone = new ManualResetEventSlim();
        using var poolStalled = new ManualResetEventSlim();
        var poolResumedInTime = true;
        var twoCores = Array(CheckAfresh(request), (writer, checks) =>
        {
            TwoCoreCheckArray.Write(writer, checks, (w, check) =>
            {
                if (Environment.CurrentManagedThreadId != caller && !poolStalled.IsSet)
                {
                    poolStalled.Set();
                    poolResumedInTime = callerDone.Wait(TimeSpan.FromSeconds(30));
                }
                else if (Environment.CurrentManagedThreadId == caller && !poolStalled.IsSet)
                {
                    // The caller starts once the pool thread holds its run, so that the stall is surely in the way.
                    Assert.True(poolStalled.Wait(TimeSpan.FromSeconds(30)), "the pool thread never started");
                }

                CheckReportJson.WriteCheck(w, check);
            });
            callerDone.Set();
        });

        Assert.Equal(oneCore, twoCores);
        Assert.True(poolResumedInTime);
    }

    private static string Array(CheckReport report, Action<Utf8JsonWriter, IReadOnlyList<CheckResult>> elements)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("checks");
            elements(writer, report.Checks);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void A_small_report_stays_on_one_core_and_a_large_one_uses_two_where_allowed()
    {
        // Kuaishou 2020 (11 checks) would pay more for the hand-off than it saves.
        Assert.False(CheckParallelism.Worthwhile(Fixtures.Check("kuaishou-2020").Checks.Count));
        Assert.False(CheckParallelism.Worthwhile(CheckParallelism.MinChecks - 1));
        var allowed = Environment.ProcessorCount > 1 && Environment.GetEnvironmentVariable(CheckParallelism.ThreadsVariable) != "1";
        Assert.Equal(allowed, CheckParallelism.Worthwhile(1_000));
    }
}
