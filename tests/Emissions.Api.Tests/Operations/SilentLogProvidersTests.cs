using Emissions.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Logging.Debug;
using Microsoft.Extensions.Logging.EventSource;

namespace Emissions.Api.Tests.Operations;

/// <summary>
/// The Native AOT executable drops the default builder's Debug and EventSource log providers, which cannot write there
/// (ADR 0032); the JIT build keeps every provider. The console provider, which carries the service's logs, stays in both.
/// </summary>
public sealed class SilentLogProvidersTests
{
    [Fact]
    public void Native_aot_keeps_only_the_console_provider_of_the_default_three()
    {
        using var provider = Providers(nativeAot: true);

        var kinds = provider.GetServices<ILoggerProvider>().Select(p => p.GetType()).ToList();

        Assert.Equal([typeof(ConsoleLoggerProvider)], kinds);
    }

    [Fact]
    public void The_jit_build_keeps_the_debug_and_event_source_providers()
    {
        using var provider = Providers(nativeAot: false);

        var kinds = provider.GetServices<ILoggerProvider>().Select(p => p.GetType()).ToHashSet();

        Assert.Equal([typeof(ConsoleLoggerProvider), typeof(DebugLoggerProvider), typeof(EventSourceLoggerProvider)], kinds);
    }

    private static ServiceProvider Providers(bool nativeAot)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.AddConsole();
            logging.AddDebug();
            logging.AddEventSourceLogger();
            logging.RemoveWhereSilent(nativeAot);
        });
        return services.BuildServiceProvider();
    }
}
