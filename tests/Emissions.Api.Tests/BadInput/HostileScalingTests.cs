using Xunit.Abstractions;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// The work a hostile request causes grows no faster than the request: each <see cref="HostileShape"/> is sent at n, 2n
/// and 4n, and the bytes the service allocates while handling it (a count, the same on every machine however loaded,
/// unlike a time) must grow by about as much from 2n to 4n as from n to 2n per byte added. Work in proportion to the
/// input adds the same per byte at any size; quadratic work (a copy of the rest of the input per token, a list
/// re-copied per entry) adds twice as much per byte from 2n to 4n and is caught. Work that is quadratic without
/// allocating (a rescan of the input per token) is not seen here: bench/load/hostile.sh times hostile bodies alone.
/// </summary>
[Collection(nameof(AloneInTheProcess))]
public sealed class HostileScalingTests(CorpusFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    // Linear work gives a ratio of 1 (measured: 0.8–1.0, see the test's output); quadratic gives 2. Bytes per added body
    // byte that any size may add regardless (a pooled buffer resized, a problem's excerpt): keeps a path that does
    // almost no work per byte (a refusal at a depth limit) from failing on a few hundred bytes of noise.
    private const double MaxGrowth = 1.5;
    private const double SlackBytesPerByte = 4;

    // Measured at the limits: 0.32 MB (98 figures summed), 0.37 MB (500 terms). When each name's path was copied from the
    // root and each part compiled apart (work growing with the square of the terms) they were 1.5 and 2.3 MB.
    private const long MaxBytesAtLimit = 1 << 20;

    public static TheoryData<string> Names() => [.. HostileShapes.All.Select(s => s.Name)];

    public static TheoryData<string> Limited() => [.. HostileShapes.All.Where(s => s.Limit is not null).Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Work_a_hostile_request_causes_grows_in_proportion_to_its_size(string name)
    {
        var shape = HostileShapes.All.Single(s => s.Name == name);
        var requests = new[] { shape.At(shape.Size), shape.At(2 * shape.Size), shape.At(4 * shape.Size) };
        var allocated = new long[requests.Length];
        for (var i = 0; i < requests.Length; i++)
        {
            (allocated[i], _) = await AllocatedAsync(requests[i]);
        }

        var first = PerByte(requests[0], requests[1], allocated[0], allocated[1]);
        var second = PerByte(requests[1], requests[2], allocated[1], allocated[2]);
        var figures = $"{name}: bodies {string.Join(" / ", requests.Select(r => r.Body!.Length))} bytes, allocated "
            + $"{string.Join(" / ", allocated)} bytes; per added byte {first:0.0} then {second:0.0}";
        output.WriteLine(figures);
        Assert.True(second <= MaxGrowth * first + SlackBytesPerByte, figures);
    }

    [Theory]
    [MemberData(nameof(Limited))]
    public async Task Work_a_hostile_request_causes_at_the_limits_stays_bounded(string name)
    {
        var shape = HostileShapes.All.Single(s => s.Name == name);

        var (allocated, status) = await AllocatedAsync(shape.At(shape.Limit!.Value));

        Assert.Equal(200, status); // answered, not refused: the whole check ran
        output.WriteLine($"{name} at {shape.Limit}: allocated {allocated} bytes");
        Assert.True(allocated <= MaxBytesAtLimit, $"{name} at {shape.Limit}: allocated {allocated} bytes");
    }

    private static double PerByte(HostileRequest smaller, HostileRequest larger, long smallerBytes, long largerBytes) =>
        (double)(largerBytes - smallerBytes) / (larger.Body!.Length - smaller.Body!.Length);

    /// <summary>
    /// The fewest bytes allocated in the process while the request is sent, handled and its answer read, over three
    /// sends after a first that warms up (JIT, caches): another thread's stray allocation only ever adds. And the status.
    /// </summary>
    private async Task<(long Bytes, int Status)> AllocatedAsync(HostileRequest hostile)
    {
        var status = 0;
        using var client = fixture.Factory.CreateClient();
        var least = long.MaxValue;
        for (var send = 0; send < 4; send++)
        {
            using var request = hostile.ToMessage(fixture.SubmissionId, fixture.SubmitterKey);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            using var response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            var after = GC.GetTotalAllocatedBytes(precise: true);
            status = (int)response.StatusCode;
            Assert.True(status < 500, $"{hostile.Name}: {status}");
            least = send == 0 ? least : Math.Min(least, after - before);
        }

        return (least, status);
    }
}
