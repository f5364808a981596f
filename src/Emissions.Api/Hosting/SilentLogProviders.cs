using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Debug;
using Microsoft.Extensions.Logging.EventSource;

namespace Emissions.Api.Hosting;

/// <summary>
/// In the Native AOT executable the default builder's Debug and EventSource log providers can never write: no managed
/// debugger attaches to it (the ILC build sets System.Diagnostics.Debugger.IsSupported=false, so the Debug logger is never
/// enabled) and it is published without EventSource (ADR 0032). Each provider still takes part in every logger the start
/// creates (~80: a logger per provider, filter rules matched against the provider's alias read from its attributes), so
/// they are removed there (ADR 0032). The JIT build (dotnet run, tests, a debugger) keeps them.
/// </summary>
internal static class SilentLogProviders
{
    /// <summary>Removes the Debug and EventSource providers when <paramref name="nativeAot"/>; the console provider stays.</summary>
    public static ILoggingBuilder RemoveWhereSilent(this ILoggingBuilder logging, bool nativeAot)
    {
        ArgumentNullException.ThrowIfNull(logging);
        if (!nativeAot)
        {
            return logging;
        }

        var services = logging.Services;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            var implementation = services[i].IsKeyedService ? null : services[i].ImplementationType;
            if (services[i].ServiceType == typeof(ILoggerProvider)
                && (implementation == typeof(DebugLoggerProvider) || implementation == typeof(EventSourceLoggerProvider)))
            {
                services.RemoveAt(i);
            }
        }

        return logging;
    }

    /// <summary>True in the Native AOT executable: no code is generated at run time there.</summary>
    public static bool IsNativeAot => !RuntimeFeature.IsDynamicCodeSupported;
}
