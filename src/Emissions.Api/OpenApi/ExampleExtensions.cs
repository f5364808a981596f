namespace Emissions.Api.OpenApi;

public static class ExampleExtensions
{
    public static RouteHandlerBuilder WithExamples(this RouteHandlerBuilder builder, string? request, string? response)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new ExampleMetadata(request, response));
    }
}
