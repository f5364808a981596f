using Emissions.Api.Compute;
using Emissions.Api.Factors;
using Emissions.Api.Options;
using Emissions.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Emissions.Api.Tests.Operations;

/// <summary>
/// The modules are registered with factories (no constructor reflection at start) and still only where a host has not
/// registered its own first: the host's instance is kept, the service's fill the rest and are built from what is registered.
/// </summary>
public sealed class ModuleRegistrationTests
{
    [Fact]
    public void A_check_service_registered_first_is_kept_and_the_other_modules_are_built_from_the_registered_catalog()
    {
        var services = new ServiceCollection();
        var ownCheck = new FakeCheckService();
        var catalog = TestFactors.Catalog();
        services.AddSingleton<ICheckService>(ownCheck);
        services.AddSingleton<IFactorCatalog>(catalog);
        services.AddOptions<EmissionsOptions>();
        services.AddEmissionsModules();

        Assert.Single(services, d => d.ServiceType == typeof(ICheckService));
        using var provider = services.BuildServiceProvider();
        Assert.Same(ownCheck, provider.GetRequiredService<ICheckService>());
        Assert.Same(catalog, provider.GetRequiredService<IFactorCatalog>());
        Assert.IsType<CalculationService>(provider.GetRequiredService<ICalculationService>());
        Assert.IsType<MetricCatalogService>(provider.GetRequiredService<IMetricCatalogService>());
        Assert.IsType<LibraryCustomFactorSetValidator>(provider.GetRequiredService<ICustomFactorSetValidator>());
        Assert.Same(provider.GetRequiredService<ICalculationService>(), provider.GetRequiredService<ICalculationService>());
    }

    [Fact]
    public void Without_registrations_of_its_own_a_host_gets_the_check_service_over_the_catalog()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IFactorCatalog>(TestFactors.Catalog());
        services.AddOptions<EmissionsOptions>();
        services.AddEmissionsModules();

        using var provider = services.BuildServiceProvider();
        Assert.IsType<CheckService>(provider.GetRequiredService<ICheckService>());
    }
}
