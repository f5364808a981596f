using Microsoft.Extensions.DependencyInjection;

namespace Emissions.Api.Problems;

public static class ProblemMappingExtensions
{
    /// <summary>Registers how an exception type becomes a problem document (status, type URI, field, value, expected).</summary>
    public static IServiceCollection MapProblem<TException>(this IServiceCollection services, Func<TException, ApiProblem> map)
        where TException : Exception =>
        services.Configure<ProblemMappingOptions>(options => options.Map(map));
}
