using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Hosting;

/// <summary>
/// <see cref="OptionsFactory{TOptions}"/> exactly as the framework's registration builds it (every configure,
/// post-configure and validate step registered for <typeparamref name="TOptions"/>), with a constructor that takes the
/// service provider only. Dependency injection reads a constructor's parameter types by reflection; in the Native AOT
/// executable each one is a metadata type lookup (~14,000 instructions, more for a generic type such as
/// <c>IEnumerable&lt;IConfigureOptions&lt;T&gt;&gt;</c>), done by DI and again by the reflection invoker. The start
/// builds ~30 options factories: 90 such parameters, now 30 (<see cref="OptionsFromProvider"/>).
/// </summary>
internal sealed class ProviderOptionsFactory<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services) : OptionsFactory<TOptions>(
    services.GetServices<IConfigureOptions<TOptions>>(),
    services.GetServices<IPostConfigureOptions<TOptions>>(),
    services.GetServices<IValidateOptions<TOptions>>())
    where TOptions : class;
