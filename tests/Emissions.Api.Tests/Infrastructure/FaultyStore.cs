using Emissions.Api.Options;
using Emissions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>
/// Fault injection over the real store: the next <see cref="Crashes"/> submission writes commit and then the
/// connection is cut before the answer goes out, as when the process dies between COMMIT and the 201; and with
/// <see cref="DatabaseDown"/> every query fails as if the database did not answer.
/// </summary>
public sealed class FaultyStore(IEmissionsStore inner, IHttpContextAccessor http) : IEmissionsStore
{
    private int crashes;

    /// <summary>How many of the following writes lose their answer after committing.</summary>
    public int Crashes
    {
        get => Volatile.Read(ref crashes);
        set => Volatile.Write(ref crashes, value);
    }

    /// <summary>Every query after this is set fails (migrations too, so set it after start-up).</summary>
    public bool DatabaseDown { get; set; }

    public DatabaseProvider Provider => inner.Provider;

    public async Task<SubmissionRevision> CreateSubmissionAsync(NewRevision revision, CancellationToken cancellationToken = default) =>
        AfterCommit(await inner.CreateSubmissionAsync(revision, cancellationToken));

    public async Task<SubmissionRevision?> AddRevisionAsync(string submissionId, NewRevision revision, CancellationToken cancellationToken = default) =>
        AfterCommit(await inner.AddRevisionAsync(submissionId, revision, cancellationToken));

    private T AfterCommit<T>(T committed)
    {
        if (Interlocked.Decrement(ref crashes) < 0)
        {
            Interlocked.Increment(ref crashes);
            return committed;
        }

        http.HttpContext?.Abort();
        throw new OperationCanceledException("fault injection: the answer was lost after the commit");
    }

    public Task MigrateAsync(CancellationToken cancellationToken = default) => inner.MigrateAsync(cancellationToken);

    public Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default) =>
        DatabaseDown ? throw new TimeoutException("fault injection: the database did not answer") : inner.SchemaVersionAsync(cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) =>
        DatabaseDown ? throw new TimeoutException("fault injection: the database did not answer") : inner.PingAsync(cancellationToken);

    public Task InsertKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default) => inner.InsertKeyAsync(key, cancellationToken);

    public Task<ApiKeyRecord?> FindKeyAsync(string keyHash, CancellationToken cancellationToken = default) => inner.FindKeyAsync(keyHash, cancellationToken);

    public Task<IReadOnlyList<ApiKeyRecord>> ListKeysAsync(string organizationId, CancellationToken cancellationToken = default) =>
        inner.ListKeysAsync(organizationId, cancellationToken);

    public Task<int> RevokeKeyAsync(string organizationId, string keyPrefix, CancellationToken cancellationToken = default) =>
        inner.RevokeKeyAsync(organizationId, keyPrefix, cancellationToken);

    public Task TouchKeyAsync(string keyHash, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.TouchKeyAsync(keyHash, at, cancellationToken);

    public Task<SubmissionRevision?> GetRevisionAsync(string organizationId, string submissionId, int? revision = null, CancellationToken cancellationToken = default) =>
        inner.GetRevisionAsync(organizationId, submissionId, revision, cancellationToken);

    public Task<IReadOnlyList<SubmissionRevision>> ListRevisionsAsync(string organizationId, string submissionId, CancellationToken cancellationToken = default) =>
        inner.ListRevisionsAsync(organizationId, submissionId, cancellationToken);

    public Task<IReadOnlyList<SubmissionRevision>> ListSubmissionsAsync(SubmissionQuery query, CancellationToken cancellationToken = default) =>
        inner.ListSubmissionsAsync(query, cancellationToken);

    public Task<StoredFactorSet> AddFactorSetVersionAsync(string organizationId, string setId, string body, string contentHash, string createdBy, CancellationToken cancellationToken = default) =>
        inner.AddFactorSetVersionAsync(organizationId, setId, body, contentHash, createdBy, cancellationToken);

    public Task<StoredFactorSet?> GetFactorSetAsync(string organizationId, string setId, int? version = null, CancellationToken cancellationToken = default) =>
        inner.GetFactorSetAsync(organizationId, setId, version, cancellationToken);

    public Task<IReadOnlyList<StoredFactorSet>> ListFactorSetsAsync(string organizationId, CancellationToken cancellationToken = default) =>
        inner.ListFactorSetsAsync(organizationId, cancellationToken);
}

public static class FaultyStoreFactory
{
    /// <summary>The service over the same database, with a <see cref="FaultyStore"/> in front of it.</summary>
    public static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithFaultyStore(this ApiFactory factory, out FaultyStore store)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var faulty = factory.WithWebHostBuilder(builder => Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.ConfigureTestServices(builder, services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton(provider => new FaultyStore(
                StoreFactory.Create(provider.GetRequiredService<IOptions<EmissionsOptions>>().Value.Database),
                provider.GetRequiredService<IHttpContextAccessor>()));
            services.AddSingleton<IEmissionsStore>(provider => provider.GetRequiredService<FaultyStore>());
        }));
        store = faulty.Services.GetRequiredService<FaultyStore>();
        return faulty;
    }
}
