using System.Net.Http.Headers;
using Emissions.Api.Compute;
using Emissions.Api.Factors;
using Emissions.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>What a test factory registers in place of modules that live elsewhere.</summary>
public enum Modules
{
    /// <summary>The service as shipped: the repository's factors/ and the real Core modules (verification, until it is wired, answers 501).</summary>
    Real,

    /// <summary>Fake factor catalog, custom-set validator and compute modules.</summary>
    Fakes,
}

/// <summary>The service over a test database, with fakes for factor data and compute unless asked for the real modules.</summary>
public sealed class ApiFactory(
    ITestDatabase database,
    Modules modules = Modules.Fakes,
    IReadOnlyDictionary<string, string?>? settings = null,
    IFactorCatalog? catalog = null) : WebApplicationFactory<Program>
{
    public ITestDatabase Database => database;

    public IEmissionsStore Store => Services.GetRequiredService<IEmissionsStore>();

    public async Task<string> CreateKeyAsync(string organization, ApiKeyRole role = ApiKeyRole.Submitter)
    {
        var key = ApiKeys.Generate();
        await Store.InsertKeyAsync(new ApiKeyRecord(ApiKeys.Hash(key), ApiKeys.PrefixOf(key), organization, role, DateTimeOffset.UtcNow));
        return key;
    }

    public HttpClient ClientWithKey(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>A client with a fresh organisation's key of the given role.</summary>
    public async Task<(HttpClient Client, string Organization, string Key)> NewOrganizationAsync(ApiKeyRole role = ApiKeyRole.Submitter)
    {
        var organization = "org-" + Guid.NewGuid().ToString("N")[..12];
        var key = await CreateKeyAsync(organization, role);
        return (ClientWithKey(key), organization, key);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(configuration =>
        {
            var all = new Dictionary<string, string?>
            {
                ["RateLimit:PermitsPerWindow"] = "1000000",
                ["RateLimit:AnonymousPermitsPerWindow"] = "1000000",
            };
            foreach (var (key, value) in database.Settings)
            {
                all[key] = value;
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                all[key] = value;
            }

            configuration.AddInMemoryCollection(all);
        });
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services =>
        {
            if (modules == Modules.Fakes)
            {
                services.AddSingleton(catalog ?? TestFactors.Catalog());
                services.AddSingleton<ICustomFactorSetValidator, FakeCustomFactorSetValidator>();
                services.AddSingleton<ICalculationService, FakeCalculationService>();
                services.AddSingleton<ICheckService, FakeCheckService>();
                services.AddSingleton<IMetricCatalogService, FakeMetricCatalogService>();
            }
        });
    }
}
