using System.Diagnostics.Tracing;

namespace Emissions.Benchmarks;

/// <summary>
/// Counts the runtime's sampled allocation events (GCAllocationTick, one per ~100 KB allocated on a thread) by type,
/// so the types that make up the allocation of a request can be listed without an external profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const int AllocationTick = 10;
    private readonly Dictionary<string, long> _bytes = [];
    private long _total;

    /// <summary>The phase allocations are counted against (a prefix of each type's line).</summary>
    public string Phase { get; set; } = "";

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != AllocationTick || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var type = $"{Phase,-16} {eventData.Payload[eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?"}";
        var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            _total += amount;
        }
    }

    public void Print(int runs)
    {
        lock (_bytes)
        {
            Console.WriteLine($"sampled {_total / runs / 1024} KB per request; by type, all phases:");

            // The runtime's events reach a listener on another thread, late: a sample may be counted against the phase
            // after the one that allocated it, so the types summed over all phases are the reliable figure.
            var byType = _bytes.GroupBy(p => p.Key[17..]).Select(g => (Type: g.Key, Bytes: g.Sum(p => p.Value)));
            foreach (var (type, bytes) in byType.OrderByDescending(p => p.Bytes).Take(40))
            {
                Console.WriteLine($"{bytes / runs / 1024.0,9:F2} KB  {100.0 * bytes / _total,5:F1} %  {type}");
            }

            Console.WriteLine("by phase and type (the phase as the listener saw it):");
            foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(60))
            {
                Console.WriteLine($"{bytes / runs / 1024.0,9:F1} KB  {100.0 * bytes / _total,5:F1} %  {type}");
            }
        }
    }
}
