using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;

namespace Emissions.Api.Tests.Operations;

/// <summary>SIGTERM while writes are in flight: each write is either stored and answered, or not stored at all.</summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("emissions-shutdown-").FullName;

    // What an orchestrator sends before it stops a container (kill(1) sends SIGTERM by default).
    private static async Task<int> SigTermAsync(int pid)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        return kill.ExitCode;
    }

    [Fact]
    public async Task Writes_in_flight_at_sigterm_are_stored_and_answered_or_not_stored_at_all()
    {
        var database = Path.Combine(folder, "service.db");
        await using var service = await ServiceProcess.StartAsync(new Dictionary<string, string>
        {
            ["Database__Path"] = database,
            ["RateLimit__Enabled"] = "false",
        });
        var emissions = StoreFactory.Create(new DatabaseOptions { Path = database });
        var key = ApiKeys.Generate();
        const string organization = "org-shutdown";
        await emissions.InsertKeyAsync(new ApiKeyRecord(ApiKeys.Hash(key), ApiKeys.PrefixOf(key), organization, ApiKeyRole.Submitter, DateTimeOffset.UtcNow));
        using var client = new HttpClient { BaseAddress = service.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        // Eight writers keep writing; SIGTERM arrives while some of their requests are in flight, once twenty have
        // been answered (the writers say so; a run in which they cannot, because every write is refused or the
        // service stopped answering, fails within the bound naming what they got instead).
        var answered = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<string>();
        var twentyAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = 0;
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var period = $"w{writer}-{i}";
                Interlocked.Increment(ref attempts);
                try
                {
                    var response = await client.PostAsync("/v1/submissions", Wire.Body(
                        $$$"""{"kind": "report", "period": "{{{period}}}", "document": {"figures": [{"metric": "org.headcount", "value": "21,499", "unit": "人"}]}}"""));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        answered.Add(period);
                        if (answered.Count >= 20)
                        {
                            twentyAnswered.TrySetResult();
                        }
                    }
                    else
                    {
                        refused.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the service is gone: this write was refused or never arrived
                }
            }
        })).ToArray();

        var deadline = TimeSpan.FromMinutes(2);
        if (await Task.WhenAny(twentyAnswered.Task, Task.WhenAll(writers), Task.Delay(deadline)) != twentyAnswered.Task)
        {
            await stop.CancelAsync();
            Assert.Fail($"{answered.Count} of the first 20 writes answered 201 within {deadline.TotalSeconds:0} s (writers still running: " +
                $"{writers.Count(w => !w.IsCompleted)}); other answers: {string.Join(" | ", refused.Take(3))}; service output: {service.Output}");
        }

        Assert.Equal(0, await SigTermAsync(service.Id));
        var exit = await service.WaitForExitAsync(TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.Equal(0, exit);
        var stored = await emissions.ListSubmissionsAsync(new SubmissionQuery(organization, Limit: 100_000));
        Assert.Equal(answered.Order(StringComparer.Ordinal), stored.Select(s => s.Period).Order(StringComparer.Ordinal));
        Assert.True(attempts > answered.Count, $"{attempts} writes tried, {answered.Count} answered: SIGTERM came after the last write");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
