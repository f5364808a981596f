using System.Text.Json;
using Emissions.Calculation;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Calculation;

/// <summary>CalculationRequest: the path the CLI and the service share, and the kind and path of every input error.</summary>
public class CalculationRequestTests
{
    private static readonly FactorSet Set = TestFactorSet.ChineseDefaults().FactorSet;

    private static CalculationResult Run(string json) => CalculationRequest.Run(JsonDocument.Parse(json).RootElement, Set);

    private static InputException Fails(string json) => Assert.Throws<InputException>(() => Run(json));

    [Fact]
    public void A_given_set_wins_over_the_set_the_request_names()
    {
        var result = Run("""{"factorSet": "some-other-set", "electricity": [{"amount": "10 MWh", "region": "CN"}]}""");

        Assert.Equal("test-set", result.FactorSetId);
        Assert.Equal(5.366m, result.Get("ghg.scope2").Value);
    }

    [Fact]
    public void The_set_source_path_and_the_given_set_path_agree()
    {
        const string json = """{"factorSet": "test-set", "headcount": "7", "fuels": [{"fuel": "diesel", "amount": "3 t", "region": "CN"}]}""";
        var bySource = CalculationRequest.Run(JsonDocument.Parse(json).RootElement, new SingleSet(Set));

        Assert.Equal(Run(json).Metrics.Select(m => (m.Id, m.ValueText)), bySource.Metrics.Select(m => (m.Id, m.ValueText)));
    }

    [Fact]
    public void A_request_without_a_set_and_no_default_is_no_factor_set_at_its_field()
    {
        var ex = Assert.Throws<NoFactorSetException>(() => CalculationRequest.Run(JsonDocument.Parse("{}").RootElement, new SingleSet(Set)));
        Assert.Equal(("$.factorSet", null), (ex.Field, ex.Value));
        Assert.Equal(["test-set"], ex.Available);
        Assert.EndsWith("; expected a factor set id, one of: test-set", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_naming_a_set_the_source_lacks_is_no_factor_set_naming_the_id()
    {
        var ex = Assert.Throws<NoFactorSetException>(() => CalculationRequest.Run(JsonDocument.Parse("""{"factorSet": "cn-1999"}""").RootElement, new SingleSet(Set)));
        Assert.Equal("$.factorSet: there is no factor set 'cn-1999'; expected a factor set id, one of: test-set", ex.Message);
        Assert.Equal(("$.factorSet", "cn-1999", "there is no factor set 'cn-1999'"), (ex.Field, ex.Value, ex.Reason));
    }

    [Fact]
    public void A_set_chosen_on_the_command_line_is_named_by_its_option()
    {
        var ex = Assert.Throws<NoFactorSetException>(() => CalculationRequest.Run(JsonDocument.Parse("""{"factorSet": "test-set"}""").RootElement, new SingleSet(Set), "cn-1999"));
        Assert.Equal(("--factor-set", "cn-1999"), (ex.Field, ex.Value));
    }

    [Theory]
    [InlineData("""{"fuels": [{"fuel": "kerosene", "amount": "1 t"}]}""", "$.fuels[0].fuel", InputError.InvalidValue)]
    [InlineData("""{"fuels": [{"fuel": "diesel"}]}""", "$.fuels[0].amount", InputError.Missing)]
    [InlineData("""{"fuels": {"fuel": "diesel"}}""", "$.fuels", InputError.WrongType)]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "1 t", "colour": "red"}]}""", "$.fuels[0].colour", InputError.UnknownField)]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "-1 t"}]}""", "$.fuels[0].amount", InputError.InvalidValue)]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "CN-Atlantis"}]}""", "$.electricity[0].region", InputError.InvalidValue)]
    [InlineData("""{"headcount": "0", "electricity": [{"amount": "1 MWh", "region": "CN"}]}""", "$.headcount", InputError.InvalidValue)]
    [InlineData("""{"dataCenters": [{"facility": "1 MWh", "it": "2 MWh"}]}""", "$.dataCenters[0].it", InputError.InvalidValue)]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "GB"}]}""", "$.electricity[0].region", InputError.FactorNotResolved)]
    [InlineData("""{"refrigerants": [{"gas": "R-999", "released": "1 kg"}]}""", "$.refrigerants[0].gas", InputError.FactorNotResolved)]
    [InlineData("""{"overrides": [{"factor": "nope", "value": "1 tCO2/MWh"}]}""", "$.overrides[0].factor", InputError.UnknownFactor)]
    public void Input_errors_name_their_path_and_kind(string json, string path, InputError error)
    {
        var ex = Fails(json);
        Assert.Equal((path, error), (ex.Path, ex.Error));
    }

    [Theory]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "1 MWhh"}]}""", "$.fuels[0].amount", QuantityError.UnknownUnit)]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "1 m²"}]}""", "$.fuels[0].amount", QuantityError.WrongKind)]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "1,2,3 t"}]}""", "$.fuels[0].amount", QuantityError.MalformedNumber)]
    [InlineData("""{"region": "CN", "fuels": [{"fuel": "diesel", "amount": "1 m³"}]}""", "$.fuels[0].amount", QuantityError.WrongKind)]
    [InlineData("""{"revenue": "5 t"}""", "$.revenue", QuantityError.WrongKind)]
    [InlineData("""{"totals": {"ghg.total": "5 MWh"}}""", "$.totals['ghg.total']", QuantityError.WrongKind)]
    [InlineData("""{"region": "CN", "fuels": [{"fuel": "diesel", "amount": "1 t"}, {"fuel": "diesel", "amount": "1 MWh"}]}""", "$.fuels[1].amount", QuantityError.IncompatibleKinds)]
    public void Quantity_errors_keep_the_quantity_exception_and_name_the_path(string json, string path, QuantityError error)
    {
        var ex = Fails(json);
        Assert.Equal((path, InputError.Quantity), (ex.Path, ex.Error));
        Assert.Equal(error, Assert.IsType<QuantityException>(ex.InnerException).Error);
    }

    [Fact]
    public void The_override_the_resolver_refuses_is_named_by_index()
    {
        const string grid = "test/hand/1:electricity-emissionfactor-cn-location-average";
        var twice = Fails($$"""{"overrides": [{"factor": "{{grid}}", "value": "0.5 tCO2/MWh"}, {"factor": "{{grid}}", "value": "3 GJ"}]}""");
        Assert.Equal(("$.overrides[1].factor", InputError.InvalidValue), (twice.Path, twice.Error));

        var unit = Fails($$"""{"overrides": [{"factor": "{{grid}}", "value": "3 GJ"}]}""");
        Assert.Equal(("$.overrides[0].value", InputError.Quantity), (unit.Path, unit.Error));
    }

    private sealed class SingleSet(FactorSet set) : IFactorSetSource
    {
        public IReadOnlyList<string> SetIds => [set.Id];

        public FactorSet? Find(string id) => id == set.Id ? set : null;
    }
}
