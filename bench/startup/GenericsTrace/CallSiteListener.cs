using System.Diagnostics.Tracing;
using System.Text.RegularExpressions;

namespace GenericsTrace;

/// <summary>Collects the type names in every call site dependency injection builds (its CallSiteBuilt event).</summary>
internal sealed partial class CallSiteListener : EventListener
{
    private readonly HashSet<string> names = [];
    private readonly Lock gate = new();

    public IReadOnlyCollection<string> TypeNames()
    {
        lock (gate)
        {
            return [.. names];
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Extensions-DependencyInjection")
        {
            EnableEvents(eventSource, EventLevel.Verbose, EventKeywords.All);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "CallSiteBuilt" || eventData.Payload is null)
        {
            return;
        }

        var callSite = eventData.Payload[eventData.PayloadNames!.IndexOf("callSite")] as string ?? "";
        lock (gate)
        {
            foreach (Match match in TypeField().Matches(callSite))
            {
                var name = match.Groups["name"].Value;
                names.Add(match.Groups["field"].Value == "itemType" ? name + "[]" : name);
            }
        }
    }

    [GeneratedRegex("\"(?<field>serviceType|implementationType|itemType)\": \"(?<name>[^\"]+)\"")]
    private static partial Regex TypeField();
}
