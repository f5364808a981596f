using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Wired;

/// <summary>POST /v1/factor-sets: a set definition in the format of factors/sets/*.json, validated like a shipped set.</summary>
public sealed class CustomFactorSetTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private static JsonObject Definition(string id = "acme-2020")
    {
        var definition = JsonNode.Parse(Repository.Read("factors/sets/cn-2020.json"))!.AsObject();
        definition["id"] = id;
        definition["title"] = "Acme, reporting year 2020";
        definition["description"] = "cn-2020 with Acme's own title.";
        return definition;
    }

    [Fact]
    public async Task A_valid_definition_is_stored_as_a_version_with_a_deterministic_content_hash()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var definition = Definition();
        using var parsed = JsonDocument.Parse(definition.ToJsonString());
        var expected = Repository.Factors.ValidateSet(parsed.RootElement, "test").ContentHash;

        var first = await client.PostAsync("/v1/factor-sets", Wire.Body(definition.ToJsonString()));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var v1 = await Wire.ReadAsync(first);
        Assert.Equal(1, v1.GetProperty("version").GetInt32());
        Assert.Equal(expected, v1.GetProperty("contentHash").GetString());
        Assert.NotEqual(Repository.Factors.GetSet("cn-2020").ContentHash, expected);

        // The same definition again (another member order, another description): a new version, the same factors, the same hash.
        definition["description"] = "Reworded.";
        var reordered = new JsonObject(definition.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        var v2 = await Wire.ReadAsync(await client.PostAsync("/v1/factor-sets", Wire.Body(reordered.ToJsonString())));
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal(expected, v2.GetProperty("contentHash").GetString());
        Assert.NotEqual(v1.GetProperty("definitionHash").GetString(), v2.GetProperty("definitionHash").GetString());

        var detail = await Wire.ReadAsync(await client.GetAsync("/v1/factor-sets/acme-2020?version=1"));
        Assert.Equal("custom", detail.GetProperty("source").GetString());
        Assert.Equal("cn-2020 with Acme's own title.", detail.GetProperty("description").GetString());
        Assert.Equal(expected, detail.GetProperty("contentHash").GetString());
        var list = await Wire.ReadAsync(await client.GetAsync("/v1/factor-sets"));
        Assert.Contains(list.GetProperty("sets").EnumerateArray(), s => s.GetProperty("id").GetString() == "acme-2020" && s.GetProperty("version").GetInt32() == 2);
    }

    [Fact]
    public async Task A_custom_set_calculates_for_its_organisation_only()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var created = await Wire.ReadAsync(await client.PostAsync("/v1/factor-sets", Wire.Body(Definition("acme-calc").ToJsonString())));
        var inputs = JsonNode.Parse(Repository.KuaishouInputs)!.AsObject();
        inputs["factorSet"] = "acme-calc";

        var result = await Wire.ReadAsync(await client.PostAsync("/v1/calculations", Wire.Body(inputs.ToJsonString())));
        Assert.Equal("acme-calc", result.GetProperty("factorSet").GetProperty("id").GetString());
        Assert.Equal(created.GetProperty("contentHash").GetString(), result.GetProperty("factorSet").GetProperty("contentHash").GetString());
        var perEmployee = result.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "ghg.total.per-employee");
        Assert.Equal("32.29917670589329736266803107", perEmployee.GetProperty("value").GetString());

        var (stranger, _, _) = await fixture.Factory.NewOrganizationAsync();
        await ProblemAssert.IsProblemAsync(await stranger.PostAsync("/v1/calculations", Wire.Body(inputs.ToJsonString())),
            HttpStatusCode.UnprocessableEntity, "unknown-factor-set", "$.factorSet");
        await ProblemAssert.IsProblemAsync(await fixture.Factory.CreateClient().PostAsync("/v1/calculations", Wire.Body(inputs.ToJsonString())),
            HttpStatusCode.UnprocessableEntity, "unknown-factor-set", "$.factorSet");
    }

    [Fact]
    public async Task A_missing_edition_is_422_naming_its_path_with_every_error_listed()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var definition = Definition();
        definition["editions"]!.AsArray().Add("cn-mee/electricity/2019");
        definition["gwp"] = "AR6";

        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/v1/factor-sets", Wire.Body(definition.ToJsonString())),
            HttpStatusCode.UnprocessableEntity, "invalid-factor-set", "$.editions[6]");
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("field").GetString() == "$.editions[6]"
            && e.GetProperty("message").GetString()!.Contains("edition 'cn-mee/electricity/2019' does not exist", StringComparison.Ordinal));
        Assert.Contains("cn-mee/electricity/2019", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await Wire.ReadAsync(await client.GetAsync("/v1/factor-sets"))).GetProperty("sets").EnumerateArray()
            .Count(s => s.GetProperty("source").GetString() == "custom"));
    }

    [Fact]
    public async Task Conventions_the_editions_cannot_satisfy_are_422_expecting_what_they_have()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var definition = Definition();
        definition["gwp"] = "AR6";

        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/v1/factor-sets", Wire.Body(definition.ToJsonString())),
            HttpStatusCode.UnprocessableEntity, "invalid-factor-set", "$.gwp");

        Assert.Contains("AR6 GWP values", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("AR6", problem.GetProperty("value").GetString());
        Assert.Equal("one of 'AR5'", problem.GetProperty("expected").GetString());
    }

    [Fact]
    public async Task Schema_violations_are_422_at_the_first_path()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/v1/factor-sets", Wire.Body("""{"id": "acme-2020", "title": "Acme"}""")),
            HttpStatusCode.UnprocessableEntity, "invalid-factor-set");
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(fields[0], problem.GetProperty("field").GetString());
        Assert.Contains("$.editions", fields);
        Assert.Contains("$.reportingYear", fields);
    }

    [Fact]
    public async Task A_refusal_quotes_the_first_error_s_value_and_what_would_have_been_accepted()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var definition = Definition();
        definition["electricity"]!["location"] = "location-avg";
        definition["reportingYear"] = 1e40;

        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/v1/factor-sets", Wire.Body(definition.ToJsonString())),
            HttpStatusCode.UnprocessableEntity, "invalid-factor-set", "$.electricity.location");

        Assert.Equal("location-avg", problem.GetProperty("value").GetString());
        Assert.Equal("one of 'location-average', 'ets-grid-average'", problem.GetProperty("expected").GetString());
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["location-avg", "1E+40"], errors.Select(e => e.GetProperty("value").GetString()));
        Assert.Equal("an integer from 1900 to 2100", errors[1].GetProperty("expected").GetString());
    }

    [Fact]
    public async Task A_refusal_for_a_missing_member_has_no_value_and_expects_what_belongs_there()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var definition = Definition();
        definition.Remove("method");

        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsync("/v1/factor-sets", Wire.Body(definition.ToJsonString())),
            HttpStatusCode.UnprocessableEntity, "invalid-factor-set", "$.method");

        Assert.False(problem.TryGetProperty("value", out _));
        Assert.Equal("one of 'cn', 'ipcc'", problem.GetProperty("expected").GetString());
        Assert.Equal("the factor set does not validate: $.method: required property 'method' is missing", problem.GetProperty("detail").GetString());
    }
}
