using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Hosting;

/// <summary>
/// <see cref="OptionsMonitor{TOptions}"/> exactly as the framework's registration builds it (the options factory, every
/// change-token source, the monitor cache), with a constructor that takes the service provider only: one metadata type
/// lookup instead of three generic ones in the Native AOT executable (<see cref="ProviderOptionsFactory{TOptions}"/>).
/// </summary>
internal sealed class ProviderOptionsMonitor<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services) : OptionsMonitor<TOptions>(
    services.GetRequiredService<IOptionsFactory<TOptions>>(),
    services.GetServices<IOptionsChangeTokenSource<TOptions>>(),
    services.GetRequiredService<IOptionsMonitorCache<TOptions>>())
    where TOptions : class;
