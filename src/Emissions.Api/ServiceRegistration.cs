using System.Threading.RateLimiting;
using Emissions.Api.Auth;
using Emissions.Api.Compute;
using Emissions.Api.Factors;
using Emissions.Api.Json;
using Emissions.Api.OpenApi;
using Emissions.Api.Options;
using Emissions.Api.Persistence;
using Emissions.Api.Problems;
using Emissions.Api.Submissions;
using Emissions.Api.Workbench;
using System.Text.Encodings.Web;
using Emissions.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Emissions.Api;

/// <summary>Everything the service registers. Compute modules are TryAdd registrations: register others first (or replace them).</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddEmissionsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmissionsOptions>()
            .Bind(configuration)
            .PostConfigure(options =>
            {
                options.Database.ConnectionString ??= configuration.GetConnectionString("Emissions");
            });
        services.Configure<KestrelServerOptions>(kestrel =>
            kestrel.Limits.MaxRequestBodySize = configuration.GetValue<long?>("Limits:MaxBodyBytes") is { } max ? max + 1 : 1_048_577);

        // Receive straight into a buffer instead of first peeking one byte to see whether data has come: a 9 KB check body
        // took three peeks beside its three reads (strace, bench/load/RESULTS.md). The cost is a 4 KB block held by each
        // idle connection.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets.SocketTransportOptions>(sockets =>
            sockets.WaitForDataBeforeAllocatingBuffer = false);
        services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;

            // Units and names are Chinese as often as not (萬噸, 温室气体排放总量) and formulas hold '+': write them as
            // text, not \u escapes. The answers are application/json, never embedded in HTML by the service.
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

            // Every body through generated code (ApiJsonContext; ASP.NET Core adds its problem-details context after
            // it), never the reflection-based resolver: the JIT build resolves exactly as the Native AOT build must,
            // so a wire type missing from the context fails the tests rather than only the AOT binary (ADR 0020).
            json.SerializerOptions.TypeInfoResolverChain.Clear();
            json.SerializerOptions.TypeInfoResolverChain.Add(ApiJsonContext.Default);

            // A context's own converters (its [JsonSourceGenerationOptions]) apply only to the context's own options, not
            // to these: as the CLI's options do, these write trace inputs and a summary answer's lines straight from the
            // inventory's amounts instead of enumerating an input object per line (the same bytes).
            json.SerializerOptions.Converters.Add(new Emissions.Contract.Calculations.TraceInputJsonConverter());
            json.SerializerOptions.Converters.Add(new Emissions.Contract.Calculations.TraceInputListJsonConverter());
        });

        services.Configure<ProblemMappingOptions>(ProblemDefaults.Register);
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            // Bare status codes (routing 404/405, framework refusals) get the service's type URIs too.
            var details = context.ProblemDetails;
            if (details.Type is null || !details.Type.StartsWith(ProblemKind.BaseUri, StringComparison.Ordinal))
            {
                var kind = ProblemKinds.ForStatus(details.Status ?? context.HttpContext.Response.StatusCode);
                details.Type = kind.Type;
                details.Title = kind.Title;
            }

            details.Instance ??= context.HttpContext.Request.Path;
            if (!details.Extensions.ContainsKey("field"))
            {
                NameRoutingField(details, context.HttpContext);
            }

            // The framework wrote the activity's id; the contract's traceId is the request id X-Request-Id carries.
            ProblemResults.AddTraceId(details, context.HttpContext);
        });

        // The service's own types are built by factories, not by DI reading their constructors: in the Native AOT
        // executable each constructor parameter's (and each parameter attribute's) type is looked up from metadata, at
        // ~14,000 instructions apiece (bench/startup/RESULTS.md, 2026-12-07 servicestart6).
        services.AddSingleton<IExceptionHandler>(provider => new ProblemExceptionHandler(
            provider.GetRequiredService<IOptions<ProblemMappingOptions>>(), provider.GetRequiredService<ILogger<ProblemExceptionHandler>>()));

        services.AddEmissionsStore();
        services.AddEmissionsModules();
        services.AddSingleton(provider => new FactorSetResolver(
            provider.GetRequiredService<IFactorCatalog>(), provider.GetRequiredService<ICustomFactorSetValidator>(), provider.GetRequiredService<IEmissionsStore>()));
        services.AddSingleton(provider => new ComputeRunner(
            provider.GetRequiredService<ICalculationService>(), provider.GetRequiredService<ICheckService>(),
            provider.GetRequiredService<FactorSetResolver>(), provider.GetRequiredService<IOptions<EmissionsOptions>>()));
        services.AddSingleton(provider => new SubmissionService(
            provider.GetRequiredService<IEmissionsStore>(), provider.GetRequiredService<ComputeRunner>(),
            provider.GetRequiredService<FactorSetResolver>(), provider.GetRequiredService<IOptions<ProblemMappingOptions>>()));
        services.AddSingleton(provider => new JsonBodyReader(provider.GetRequiredService<IOptions<EmissionsOptions>>()));
        services.AddSingleton(provider => new SpreadsheetBody(provider.GetRequiredService<IOptions<EmissionsOptions>>()));

        // AddScheme registers the handler by its type (transient); the factory registered after it is the one resolved.
        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        services.AddTransient(provider => new ApiKeyAuthenticationHandler(
            provider.GetRequiredService<IOptionsMonitor<AuthenticationSchemeOptions>>(), provider.GetRequiredService<ILoggerFactory>(),
            provider.GetRequiredService<UrlEncoder>(), provider.GetRequiredService<IEmissionsStore>()));
        services.AddWorkbenchSession(configuration);
        services.AddPageStatusCodes();
        services.AddSingleton(_ => new PaperStore());
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.ReadPolicy, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(ApiKeyDefaults.WritePolicy, policy => policy.RequireAuthenticatedUser().RequireRole("submitter", "admin"))
            .AddPolicy(ApiKeyDefaults.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole("admin"));

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var problem = new ApiProblem(ProblemKinds.RateLimited, "this key (or address) has used its requests for the current window", "Authorization", null,
                    "at most RateLimit:PermitsPerWindow requests per RateLimit:WindowSeconds", "header");
                await ProblemResults.From(problem, context.HttpContext).ExecuteAsync(context.HttpContext);
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, RatePartition>(context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<EmissionsOptions>>().Value.RateLimit;
                if (!options.Enabled)
                {
                    return RateLimitPartition.GetNoLimiter(default(RatePartition));
                }

                var caller = Caller.From(context.User);
                var partition = RatePartition.For(caller, context.Connection.RemoteIpAddress);
                var permits = caller is null ? options.AnonymousPermitsPerWindow : options.PermitsPerWindow;
                return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, permits),
                    Window = TimeSpan.FromSeconds(Math.Max(1, options.WindowSeconds)),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });

        services.AddOpenApi("v1", openApi =>
        {
            openApi.AddDocumentTransformer<ApiKeyDocumentTransformer>();
            openApi.AddOperationTransformer<ExampleOperationTransformer>();
            openApi.AddOperationTransformer<TraceQueryOperationTransformer>();
            openApi.AddOperationTransformer<FileResponseOperationTransformer>();
            openApi.AddDocumentTransformer<Contract.ContractSchemaTransformer>();
        });

        // Last: authentication, anti-forgery and the cookie scheme above each register data protection.
        services.ReadKeyRingOnFirstUse();
        return services;
    }

    // Routing refuses a path (404) or a method (405) before any handler runs; the problem names the part of the request
    // at fault all the same (RoutingRefusal, which the pages' error page uses too).
    private static void NameRoutingField(Microsoft.AspNetCore.Mvc.ProblemDetails details, HttpContext context)
    {
        if (details.Status is not { } status || RoutingRefusal.Describe(status, context) is not { } problem)
        {
            return;
        }

        details.Extensions["field"] = problem.Field;
        details.Extensions["location"] = problem.Location;
        details.Extensions["value"] = problem.Value;
        details.Extensions["expected"] = problem.Expected;
        details.Detail ??= problem.Detail;
    }
}
