using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Hosting;

/// <summary>
/// Replaces the framework's open-generic <see cref="IOptionsFactory{TOptions}"/> and <see cref="IOptionsMonitor{TOptions}"/>
/// registrations (made by <c>AddOptions</c>, which every <c>Configure</c> calls) by subclasses that build the same
/// objects from the service provider (<see cref="ProviderOptionsFactory{TOptions}"/>,
/// <see cref="ProviderOptionsMonitor{TOptions}"/>): the same lifetimes, the same options, reload and validation, with
/// fewer constructor parameters for dependency injection to read by reflection at start (bench/startup/RESULTS.md,
/// 2026-12-07 servicestart8). <c>IOptions&lt;T&gt;</c> keeps the framework's own (internal) manager.
/// </summary>
internal static class OptionsFromProvider
{
    public static IServiceCollection UseOptionsFromProvider(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Replace(ServiceDescriptor.Transient(typeof(IOptionsFactory<>), typeof(ProviderOptionsFactory<>)));
        services.Replace(ServiceDescriptor.Singleton(typeof(IOptionsMonitor<>), typeof(ProviderOptionsMonitor<>)));
        return services;
    }
}
