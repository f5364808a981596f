using System.Globalization;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;

namespace Emissions.Api.Tests.BadInput;

/// <summary>The real service with small limits, an organisation with submitter and auditor keys, and one stored submission.</summary>
public sealed class CorpusFixture : IAsyncLifetime, IDisposable
{
    private readonly SqliteTestDatabase database = new();

    public CorpusFixture()
    {
        Factory = new ApiFactory(database, Modules.Real, new Dictionary<string, string?>
        {
            ["Limits:MaxBodyBytes"] = BadInputCorpus.MaxBodyBytes.ToString(CultureInfo.InvariantCulture),
            ["Limits:MaxFigures"] = BadInputCorpus.MaxFigures.ToString(CultureInfo.InvariantCulture),
        });
    }

    public ApiFactory Factory { get; }

    public string SubmitterKey { get; private set; } = "";

    public string AuditorKey { get; private set; } = "";

    public string SubmissionId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        const string organization = "corpus-org";
        SubmitterKey = await Factory.CreateKeyAsync(organization);
        AuditorKey = await Factory.CreateKeyAsync(organization, ApiKeyRole.Auditor);
        var created = await Factory.ClientWithKey(SubmitterKey).PostAsync("/v1/submissions",
            Wire.Body(Wire.Submission(factorSet: "cn-2020", document: """{"electricity": [{"amount": "1,000 MWh", "region": "CN"}]}""")));
        SubmissionId = (await Wire.ReadAsync(created)).GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Dispose();
    }

    public void Dispose() => database.Dispose();
}
