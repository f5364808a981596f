using System.Net;
using Emissions.Api.Hosting;
using Emissions.Api.Tests.Service;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Emissions.Api.Tests.Operations;

/// <summary>
/// The mapped endpoints are built once and handed to every reader (the authorization policy cache at start, routing's
/// matcher on the first request), with the metadata they had; the service's answers that depend on that metadata
/// (anonymous, key required, role required) are unchanged.
/// </summary>
public sealed class EndpointsBuiltOnceTests(FakeServiceFixture fixture) : IClassFixture<FakeServiceFixture>
{
    [Fact]
    public async Task Every_read_of_a_mapped_source_returns_the_endpoints_the_first_read_built()
    {
        await using var app = MappedApp(once: true);
        var source = ((IEndpointRouteBuilder)app).DataSources.First();

        var first = source.Endpoints;
        var second = source.Endpoints;

        Assert.Equal(2, first.Count);
        Assert.Same(first[0], second[0]);
        Assert.Same(first[1], second[1]);
    }

    [Fact]
    public async Task Without_it_each_read_builds_the_endpoints_again()
    {
        // What BuildEndpointsOnce is for: the framework's route data source builds new endpoints on every read.
        await using var app = MappedApp(once: false);
        var source = ((IEndpointRouteBuilder)app).DataSources.First();

        Assert.NotSame(source.Endpoints[0], source.Endpoints[0]);
    }

    [Fact]
    public async Task A_group_keeps_its_prefix_and_its_conventions_metadata()
    {
        await using var app = MappedApp(once: true);
        var endpoint = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == "/v1/things");

        Assert.Equal("Things", endpoint.Metadata.GetMetadata<EndpointNameMetadata>()?.EndpointName);
        Assert.Equal(["GET"], endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods);
    }

    [Theory]
    [InlineData("GET", "/healthz", HttpStatusCode.OK)]
    [InlineData("POST", "/v1/submissions", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/v1/keys", HttpStatusCode.Unauthorized)]
    public async Task The_service_answers_by_each_endpoints_authorization_metadata(string method, string path, HttpStatusCode expected)
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
    }

    private static WebApplication MappedApp(bool once)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddRouting();
        var app = builder.Build();
        app.MapGet("/a", () => "a");
        app.MapGet("/b", () => "b");
        app.MapGroup("/v1").MapGet("/things", () => "things").WithName("Things");
        if (once)
        {
            app.BuildEndpointsOnce();
        }

        return app;
    }
}
