using Emissions.Api.Compute;
using Emissions.Api.Factors;
using Emissions.Api.Options;
using Emissions.Api.Problems;
using Emissions.Factors.Loading;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Emissions.Api;

/// <summary>
/// The modules the service exposes (issue 6: it adds no domain logic): the factor library loaded at
/// start-up, calculation, verification and the metric catalogue from Emissions.Core, custom factor sets validated by
/// Emissions.Factors (their errors are <see cref="InvalidInputException"/>s, mapped once in <see cref="InputProblems"/>). TryAdd, so a host (or a test) may register its own first.
/// </summary>
public static partial class ModuleRegistration
{
    public static IServiceCollection AddEmissionsModules(this IServiceCollection services)
    {
        services.TryAddSingleton<IFactorCatalog>(provider => FactorCatalogLoader.Load(
            provider.GetRequiredService<IOptions<EmissionsOptions>>().Value.Factors,
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FactorCatalogLoader).FullName!)));
        // Factories rather than implementation types: DI does not read the constructors (see AddEmissionsApi).
        services.TryAddSingleton<ICustomFactorSetValidator>(_ => new LibraryCustomFactorSetValidator());
        services.TryAddSingleton<ICalculationService>(provider => new CalculationService(provider.GetRequiredService<IFactorCatalog>()));
        services.TryAddSingleton<IMetricCatalogService>(_ => new MetricCatalogService());
        services.TryAddSingleton<ICheckService>(provider => new CheckService(
            provider.GetRequiredService<IFactorCatalog>(), provider.GetRequiredService<IOptions<EmissionsOptions>>()));
        return services;
    }

    /// <summary>
    /// Loads the factor library before the first request. Invalid factor data stops start-up with the
    /// loader's message (every file and JSON path at fault): the service never answers with wrong factors.
    /// </summary>
    public static IFactorCatalog LoadFactors(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            return services.GetRequiredService<IFactorCatalog>();
        }
        catch (FactorLibraryException ex)
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FactorCatalogLoader).FullName!);
            // The message names every file and JSON path at fault; the stack trace would only bury it.
            LogLoadFailed(logger, ex.Message);
            throw;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Critical, Message = "The factor data did not load; the service does not start: {Reason}")]
    private static partial void LogLoadFailed(ILogger logger, string reason);
}
