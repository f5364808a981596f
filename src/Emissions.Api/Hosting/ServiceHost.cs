using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging.Console;

namespace Emissions.Api.Hosting;

/// <summary>
/// The service's host (ADR 0028): <see cref="WebApplication.CreateEmptyBuilder"/> with only what the service uses
/// added back, each read as <see cref="WebApplication.CreateBuilder(string[])"/> reads it, so every setting an operator
/// gives is honoured the same way: the configuration sources in the same order (ASPNETCORE_ and DOTNET_ variables,
/// appsettings.json and appsettings.{environment}.json reloaded on change unless hostBuilder:reloadConfigOnChange is
/// false, every environment variable, the command line), console logging configured by Logging:*, Kestrel configured
/// by Kestrel:* (HTTPS endpoints and certificates included), ASPNETCORE_FORWARDEDHEADERS_ENABLED, AllowedHosts, and
/// dependency injection validated in Development. Left out, because the service uses none of them: the Debug and
/// EventSource log providers (a debugger's output window; the Native AOT executable has no EventSource support),
/// regular-expression route constraints, HTTP/3, hosting-startup assemblies, static web assets, IIS integration and user
/// secrets.
/// </summary>
internal static class ServiceHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        // The host's own settings are known before the builder exists, from the sources CreateBuilder reads them from
        // (ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT, --environment, and so on, the later winning).
        var host = new ConfigurationBuilder()
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddEnvironmentVariables("DOTNET_")
            .AddCommandLine(args)
            .Build();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = host[HostDefaults.EnvironmentKey],
            ContentRootPath = host[HostDefaults.ContentRootKey],
            ApplicationName = host[HostDefaults.ApplicationKey],
        });

        var configuration = builder.Configuration;
        configuration.AddEnvironmentVariables("ASPNETCORE_");
        configuration.AddEnvironmentVariables("DOTNET_");
        var reload = configuration.GetValue("hostBuilder:reloadConfigOnChange", defaultValue: true);
        configuration.AddJsonFile("appsettings.json", optional: true, reloadOnChange: reload);
        configuration.AddJsonFile($"appsettings.{builder.Environment.EnvironmentName}.json", optional: true, reloadOnChange: reload);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);

        builder.Logging.AddConfiguration(configuration.GetSection("Logging"));
        builder.Logging.AddConsole();
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.SpanId | ActivityTrackingOptions.TraceId | ActivityTrackingOptions.ParentId);

        builder.Host.UseDefaultServiceProvider((context, provider) =>
        {
            provider.ValidateScopes = context.HostingEnvironment.IsDevelopment();
            provider.ValidateOnBuild = context.HostingEnvironment.IsDevelopment();
        });

        // Kestrel with HTTPS endpoints and certificates from Kestrel:* (and ASPNETCORE_URLS/--urls), without HTTP/3 (QUIC),
        // which needs a native library the service does not ship.
        builder.WebHost.UseKestrelCore().UseKestrelHttpsConfiguration()
            .ConfigureKestrel((context, kestrel) => kestrel.Configure(context.Configuration.GetSection("Kestrel"), reloadOnChange: true));
        builder.Services.AddRoutingCore();
        // Registered in CreateBuilder's order: host filtering runs first, then the proxy headers.
        AddHostFiltering(builder.Services, configuration);
        AddProxyHeaders(builder.Services, configuration);
        return builder;
    }

    // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true: X-Forwarded-For and X-Forwarded-Proto from any proxy, before the
    // service's own middleware, as CreateBuilder does it.
    private static void AddProxyHeaders(IServiceCollection services, ConfigurationManager configuration)
    {
        if (!configuration.GetValue<bool>("FORWARDEDHEADERS_ENABLED"))
        {
            return;
        }

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
        });
        services.AddTransient<IStartupFilter>(_ => new FirstInPipeline(app => app.UseForwardedHeaders()));
    }

    // AllowedHosts (appsettings.json ships "*", which lets every host through): a list of hosts ("example.com;*.example.org")
    // answers 400 to any other Host header, first in the pipeline, as CreateBuilder does it.
    private static void AddHostFiltering(IServiceCollection services, ConfigurationManager configuration)
    {
        var hosts = configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            return;
        }

        services.Configure<HostFilteringOptions>(filtering => filtering.AllowedHosts = hosts);
        services.AddTransient<IStartupFilter>(_ => new FirstInPipeline(app => app.UseHostFiltering()));
    }

    private sealed class FirstInPipeline(Action<IApplicationBuilder> use) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            use(app);
            next(app);
        };
    }
}
