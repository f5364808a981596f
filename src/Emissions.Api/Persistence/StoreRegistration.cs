using Emissions.Api.Options;
using Emissions.Storage;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Persistence;

/// <summary>
/// The store named by Database:Provider (sqlite default, postgres with ConnectionStrings:Emissions),
/// one per process. Migrations run before the service accepts requests (<see cref="MigrateAsync"/>).
/// </summary>
public static class StoreRegistration
{
    public static IServiceCollection AddEmissionsStore(this IServiceCollection services)
    {
        services.AddSingleton<IEmissionsStore>(provider =>
            StoreFactory.Create(provider.GetRequiredService<IOptions<EmissionsOptions>>().Value.Database, provider.GetService<TimeProvider>()));
        return services;
    }

    public static async Task MigrateAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.GetRequiredService<IEmissionsStore>().MigrateAsync(cancellationToken);
    }
}
