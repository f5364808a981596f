using Emissions.Api.Hosting;
using Emissions.Api.Tests.Service;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Tests.Operations;

/// <summary>
/// The service's options factories and monitors are built from the service provider (fewer constructor parameters for
/// dependency injection to read by reflection at a Native AOT start); every option is configured, post-configured,
/// validated and reloaded exactly as with the framework's own registrations, which each test runs beside them.
/// </summary>
public sealed class OptionsFromProviderTests(FakeServiceFixture fixture) : IClassFixture<FakeServiceFixture>
{
    [Fact]
    public void The_framework_registrations_are_replaced_not_doubled()
    {
        var services = new ServiceCollection();
        services.AddOptions();

        services.UseOptionsFromProvider();

        Assert.Equal(typeof(ProviderOptionsFactory<>), Assert.Single(services, d => d.ServiceType == typeof(IOptionsFactory<>)).ImplementationType);
        var monitor = Assert.Single(services, d => d.ServiceType == typeof(IOptionsMonitor<>));
        Assert.Equal((typeof(ProviderOptionsMonitor<>), ServiceLifetime.Singleton), (monitor.ImplementationType, monitor.Lifetime));
        Assert.Equal(ServiceLifetime.Transient, services.Single(d => d.ServiceType == typeof(IOptionsFactory<>)).Lifetime);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Configure_steps_run_in_order_and_post_configure_runs_for_the_default_options_only(bool fromProvider)
    {
        using var provider = Provider(fromProvider, new Dictionary<string, string?> { ["Sample:Limit"] = "40" }, services =>
        {
            services.Configure<SampleOptions>(options => options.Limit += 2);
            services.PostConfigure<SampleOptions>(options => options.Limit *= 3);
            services.Configure<SampleOptions>("named", options => options.Limit = 7);
        });

        var factory = provider.GetRequiredService<IOptionsFactory<SampleOptions>>();

        Assert.Equal((40 + 2) * 3, factory.Create(Microsoft.Extensions.Options.Options.DefaultName).Limit);
        Assert.Equal(7, factory.Create("named").Limit); // PostConfigure without a name is for the default options only
        Assert.Equal(126, provider.GetRequiredService<IOptions<SampleOptions>>().Value.Limit);
        Assert.IsType(fromProvider ? typeof(ProviderOptionsFactory<SampleOptions>) : typeof(OptionsFactory<SampleOptions>), factory);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_failed_validation_throws_the_same_message(bool fromProvider)
    {
        using var provider = Provider(fromProvider, new Dictionary<string, string?> { ["Sample:Limit"] = "-5" }, services =>
            services.AddOptions<SampleOptions>().Validate(options => options.Limit >= 0, "Sample:Limit is -5; expected 0 or more"));

        var thrown = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SampleOptions>>().Value);

        Assert.Equal("Sample:Limit is -5; expected 0 or more", thrown.Message);
        Assert.Equal(typeof(SampleOptions), thrown.OptionsType);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_monitor_sees_a_configuration_reload_and_tells_its_listeners(bool fromProvider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sample:Limit"] = "10" }).Build();
        var services = new ServiceCollection();
        services.Configure<SampleOptions>(configuration.GetSection("Sample"));
        if (fromProvider)
        {
            services.UseOptionsFromProvider();
        }

        using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<SampleOptions>>();
        var heard = new List<int>();
        using var listening = monitor.OnChange(options => heard.Add(options.Limit));
        Assert.Equal(10, monitor.CurrentValue.Limit);

        configuration["Sample:Limit"] = "25";
        configuration.Reload();

        Assert.Equal(25, monitor.CurrentValue.Limit);
        Assert.Equal([25], heard);
        Assert.IsType(fromProvider ? typeof(ProviderOptionsMonitor<SampleOptions>) : typeof(OptionsMonitor<SampleOptions>), monitor);
    }

    [Fact]
    public void The_service_resolves_its_options_through_the_provider_built_ones()
    {
        var services = fixture.Factory.Services;

        Assert.IsType<ProviderOptionsFactory<Emissions.Api.Options.EmissionsOptions>>(services.GetRequiredService<IOptionsFactory<Emissions.Api.Options.EmissionsOptions>>());
        Assert.IsType<ProviderOptionsMonitor<Emissions.Api.Options.EmissionsOptions>>(services.GetRequiredService<IOptionsMonitor<Emissions.Api.Options.EmissionsOptions>>());
        Assert.Equal(1_000_000, services.GetRequiredService<IOptions<Emissions.Api.Options.EmissionsOptions>>().Value.RateLimit.PermitsPerWindow);
    }

    private static ServiceProvider Provider(bool fromProvider, Dictionary<string, string?> settings, Action<IServiceCollection> configure)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.Configure<SampleOptions>(configuration.GetSection("Sample"));
        configure(services);
        if (fromProvider)
        {
            services.UseOptionsFromProvider();
        }

        return services.BuildServiceProvider();
    }

    public sealed class SampleOptions
    {
        public int Limit { get; set; }
    }
}
