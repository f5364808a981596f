using System.Text;
using Emissions.Api.Compute;
using Emissions.Api.Factors;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Calculation;
using Emissions.Inventory;
using Microsoft.Extensions.DependencyInjection;

namespace Emissions.Api.Tests.Service;

/// <summary>
/// Refusals added after submissions were first stored (a yearless period, a blank site id, a negative total) hold for
/// new input; a stored revision that holds one was accepted under the rules of its day and is recomputed as before.
/// </summary>
public sealed class StoredRevisionRulesTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    // 10 MWh of CN grid electricity under cn-2022 (0.5366 tCO2/MWh) and one site of PUE 3/2, with all three.
    private const string Stored = """
        {"period": "FY20", "factorSet": "cn-2022", "electricity": [{"amount": "10 MWh", "region": "CN"}],
         "dataCenters": [{"id": " ", "facility": "3 MWh", "it": "2 MWh"}], "totals": {"ghg.scope3": "-5 tCO2e"}}
        """;

    private ComputeRunner Runner => fixture.Factory.Services.GetRequiredService<ComputeRunner>();

    private ResolvedFactorSet Pinned => new(fixture.Factory.Services.GetRequiredService<IFactorCatalog>().FindSet("cn-2022")!, null);

    [Fact]
    public async Task A_stored_revision_is_recomputed_under_the_rules_it_was_stored_under()
    {
        var computed = await Runner.CalculateAsync(Encoding.UTF8.GetBytes(Stored), null, ComputePurpose.RecomputeSubmission, Pinned, CancellationToken.None);

        Assert.Equal(5.366m, computed.Calculation!.Get("ghg.scope2").Value);
        Assert.Contains(computed.Calculation.Metrics, m => m.Id == "dc.pue" && m.Site == " " && m.Value == 1.5m);
    }

    [Theory]
    [InlineData(ComputePurpose.Request)]
    [InlineData(ComputePurpose.ValidateSubmission)]
    public async Task The_same_document_as_new_input_is_refused_at_its_period(ComputePurpose purpose)
    {
        var refused = await Assert.ThrowsAsync<InputException>(() =>
            Runner.CalculateAsync(Encoding.UTF8.GetBytes(Stored), null, purpose, Pinned, CancellationToken.None));

        Assert.Equal(("$.period", "FY20"), (refused.Path, refused.Value));
    }
}
