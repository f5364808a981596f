namespace Emissions.Api.Problems;

/// <summary>
/// Exception type → problem. Lookup walks the thrown exception's type and then its base types,
/// so a mapping for a base class covers its subclasses and a subclass may refine it. Never by name.
/// Compute modules add theirs with <see cref="ProblemMappingExtensions.MapProblem{TException}"/>.
/// </summary>
public sealed class ProblemMappingOptions
{
    private readonly Dictionary<Type, Func<Exception, HttpRequest?, ApiProblem>> mappings = [];

    public void Map<TException>(Func<TException, ApiProblem> map)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(map);
        mappings[typeof(TException)] = (ex, _) => map((TException)ex);
    }

    /// <summary>A mapping that reads the request too (a header the exception does not carry); the request is null where none is at hand.</summary>
    public void Map<TException>(Func<TException, HttpRequest?, ApiProblem> map)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(map);
        mappings[typeof(TException)] = (ex, request) => map((TException)ex, request);
    }

    public ApiProblem? TryMap(Exception exception, HttpRequest? request = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var type = exception.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            if (mappings.TryGetValue(type, out var map))
            {
                return map(exception, request);
            }
        }

        return null;
    }
}
