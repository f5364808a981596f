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

    [Theory]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "GB"}]}""", "GB", "no emission-factor for carrier electricity, region GB, any year, basis location-average in set test-set", "one of what set test-set has for emission-factor/electricity: ")]
    [InlineData("""{"refrigerants": [{"gas": "R-999", "released": "1 kg"}]}""", "R-999", "set test-set has no AR5 GWP for 'R-999'", "a gas or blend with an AR5 GWP in set test-set: ")]
    [InlineData("""{"overrides": [{"factor": "nope", "value": "1 tCO2/MWh"}]}""", "nope", "set test-set has no factor with that id to override", "a factor id of set test-set")]
    public void A_factor_refusal_gives_its_reason_in_the_message_and_what_the_set_has_as_expected(string json, string value, string reason, string expected)
    {
        var ex = Fails(json);

        Assert.Equal(value, ex.Value);
        Assert.StartsWith(reason, ex.Reason, StringComparison.Ordinal);
        Assert.StartsWith(expected, ex.Expected, StringComparison.Ordinal);
        Assert.DoesNotContain(reason, ex.Expected, StringComparison.Ordinal);
        Assert.Equal($"{ex.Path}: '{value}': {ex.Reason}; expected {ex.Expected}", ex.Message);
    }

    private const string Within = " (or a region within one of them: set test-set falls back from a region to its country)";

    [Theory]
    [InlineData("""{"heat": [{"amount": "5 GJ"}]}""", "$", "$.region",
        "a \"region\" in the request (heat lines take the request's \"region\", else the country of its first electricity line), one of those set test-set has emission-factor/heat for: CN" + Within)]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "3 t"}]}""", "$", "$.fuels[0].region",
        "a \"region\" on this line or the request, one of those set test-set has net-calorific-value/diesel for: CN" + Within)]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "3 TJ"}]}""", "$", "$.fuels[0].region",
        "a \"region\" on this line or the request, one of those set test-set has carbon-content/diesel for: CN" + Within)]
    [InlineData("""{"heat": [{"amount": "5 GJ"}]}""", "$.inputs", "$.inputs.region",
        "a \"region\" in the request (heat lines take the request's \"region\", else the country of its first electricity line), one of those set test-set has emission-factor/heat for: CN" + Within)]
    public void A_line_without_a_region_is_refused_at_the_missing_region_expecting_the_regions_the_set_has_for_its_carrier(string json, string root, string field, string expected)
    {
        var ex = Assert.Throws<InputException>(() => CalculationRequest.Run(JsonDocument.Parse(json).RootElement, Set, root));

        Assert.Equal((field, null, InputError.FactorNotResolved), (ex.Path, ex.Value, ex.Error));
        Assert.Equal(expected, ex.Expected);
        Assert.StartsWith("no region applies, so set 'test-set' cannot resolve it: no ", ex.Reason, StringComparison.Ordinal);
        Assert.Equal($"{field}: {ex.Reason}; expected {expected}", ex.Message);
    }

    [Theory]
    [InlineData("""{"region": "GB", "fuels": [{"fuel": "diesel", "amount": "3 t"}]}""", "$.region", "GB", "no net-calorific-value for carrier diesel, region GB")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "3 t", "region": "GB"}]}""", "$.fuels[0].region", "GB", "no net-calorific-value for carrier diesel, region GB")]
    [InlineData("""{"region": "GB", "heat": [{"amount": "5 GJ"}]}""", "$.region", "GB", "no emission-factor for carrier heat, region GB")]
    [InlineData("""{"region": "CN", "fuels": [{"fuel": "gasoline", "amount": "3 t"}]}""", "$.fuels[0].fuel", "gasoline", "no net-calorific-value for carrier gasoline, region CN")]
    public void A_region_or_fuel_the_set_lacks_is_refused_where_it_was_written(string json, string field, string value, string reason)
    {
        var ex = Fails(json);

        Assert.Equal((field, value, InputError.FactorNotResolved), (ex.Path, ex.Value, ex.Error));
        Assert.StartsWith(reason, ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\t")]
    public void A_blank_refrigerant_gas_is_a_missing_gas_not_a_failure_of_the_resolver(string gas)
    {
        var ex = Fails($$"""{"refrigerants": [{"gas": "{{gas.Replace("\t", "\\t", StringComparison.Ordinal)}}", "released": "1 kg"}]}""");

        Assert.Equal(("$.refrigerants[0].gas", null, InputError.Missing), (ex.Path, ex.Value, ex.Error));
        Assert.Equal("$.refrigerants[0].gas: missing: expected a gas or blend name, e.g. \"R-410A\" or \"HFC-134a\"", ex.Message);
    }

    [Fact]
    public void An_override_refusal_says_what_the_factor_takes_apart_from_why()
    {
        const string grid = "test/hand/1:electricity-emissionfactor-cn-location-average";
        var twice = Fails($$"""{"overrides": [{"factor": "{{grid}}", "value": "0.5 tCO2/MWh"}, {"factor": "{{grid}}", "value": "0.6 tCO2/MWh"}]}""");
        Assert.Equal(($"factor {grid} is overridden more than once", "each factor overridden at most once"), (twice.Reason, twice.Expected));

        var unit = Fails($$"""{"overrides": [{"factor": "{{grid}}", "value": "3 GJ"}]}""");
        Assert.Equal($"override for factor {grid}: unit 'GJ' is Energy, but the factor is EmissionFactor ('tCO2/MWh')", unit.Reason);
        Assert.Equal("a value in the factor's own kind, EmissionFactor, e.g. in 'tCO2/MWh'", unit.Expected);
        Assert.Equal(unit.Expected, Assert.IsType<QuantityException>(unit.InnerException).Expected);
    }

    [Fact]
    public void Arithmetic_beyond_decimal_gives_the_overflow_as_the_reason_and_exact_arithmetic_as_expected()
    {
        var ex = Fails("""{"electricity": [{"amount": "70,000,000,000,000,000,000,000,000,000 MWh", "region": "CN"}, {"amount": "70,000,000,000,000,000,000,000,000,000 MWh", "region": "CN"}]}""");

        Assert.Equal(("$", InputError.Quantity, null), (ex.Path, ex.Error, ex.Value));
        Assert.Equal(Assert.IsType<QuantityException>(ex.InnerException).Message, ex.Reason);
        Assert.StartsWith("inputs whose arithmetic can be carried out exactly: values whose result is at most ", ex.Expected, StringComparison.Ordinal);
        Assert.Equal($"$: {ex.Reason}; expected {ex.Expected}", ex.Message);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("1e40")]
    [InlineData("NaN")]
    [InlineData("FY20")]
    public void A_period_with_no_four_digit_year_is_refused_at_the_period_with_a_set_named_or_not(string period)
    {
        var json = $$"""{"period": "{{period}}", "electricity": [{"amount": "1 MWh", "region": "CN"}]}""";

        var named = Fails(json);
        var unnamed = Assert.Throws<InputException>(() => CalculationRequest.Run(JsonDocument.Parse(json).RootElement, new SingleSet(Set)));

        foreach (var ex in new[] { named, unnamed })
        {
            Assert.Equal(("$.period", period, InputError.InvalidValue), (ex.Path, ex.Value, ex.Error));
            Assert.Equal("a reporting year: a period whose first four digits are the year, e.g. \"2020\", \"2020-12\" or \"FY2020\"", ex.Expected);
            Assert.StartsWith($"$.period: '{period}': no four-digit year in it; expected a reporting year", ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2020")]
    [InlineData("FY2020")]
    [InlineData("2020-12")]
    public void A_period_with_a_year_is_calculated_as_before(string period) =>
        Assert.Equal(5.366m, Run($$"""{"period": "{{period}}", "electricity": [{"amount": "10 MWh", "region": "CN"}]}""").Get("ghg.scope2").Value);

    [Fact]
    public void A_check_s_inputs_period_is_refused_at_its_own_path()
    {
        var ex = Assert.Throws<InputException>(() =>
            CalculationRequest.Run(JsonDocument.Parse("""{"period": "NaN", "electricity": [{"amount": "1 MWh", "region": "CN"}]}""").RootElement, Set, "$.inputs"));
        Assert.Equal(("$.inputs.period", "NaN"), (ex.Path, ex.Value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_data_center_id_is_refused_naming_what_would_name_the_site(string id)
    {
        var ex = Fails($$"""{"dataCenters": [{"id": "{{id}}", "facility": "2 MWh", "it": "1 MWh"}]}""");
        Assert.Equal(("$.dataCenters[0].id", id, InputError.InvalidValue), (ex.Path, ex.Value, ex.Error));
        Assert.StartsWith("the site's name, e.g. \"dc-1\"", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_center_id_that_is_not_blank_names_its_site_whatever_it_reads()
    {
        var result = Run("""{"dataCenters": [{"id": "-5", "facility": "3 MWh", "it": "2 MWh"}]}""");
        var pue = result.Metrics.Where(m => m.Id == "dc.pue").ToList();
        Assert.Contains(pue, m => m.Site == "-5" && m.Value == 1.5m);
    }

    [Theory]
    [InlineData("ghg.scope2", "-5 tCO2e", "tCO2e")]
    [InlineData("energy.indirect", "-0.1 MWh", "MWh")]
    public void A_negative_given_total_is_refused_at_its_metric(string metric, string total, string unit)
    {
        var ex = Fails($$$"""{"electricity": [{"amount": "1 MWh", "region": "CN"}], "totals": {"{{{metric}}}": "{{{total}}}"}}""");
        Assert.Equal(($"$.totals['{metric}']", total, InputError.InvalidValue), (ex.Path, ex.Value, ex.Error));
        Assert.Equal($"a total of zero or more for {metric}, e.g. \"0 {unit}\"", ex.Expected);
    }

    [Fact]
    public void A_negative_total_of_a_metric_defined_as_a_difference_is_read()
    {
        var result = Run("""{"electricity": [{"amount": "1 MWh", "region": "CN"}], "water": {"withdrawal": "1 m³", "discharge": "3 m³"}, "totals": {"water.consumption": "-2 m³"}}""");
        Assert.Equal(-2m, result.Get("water.consumption").Value);
    }

    [Fact]
    public void A_stored_revision_is_recomputed_under_the_rules_it_was_stored_under()
    {
        // Accepted before these refusals existed: a yearless period, a blank site id and a negative total. A stored
        // revision holding them must still give its results; new input holding them is refused.
        var inventory = InventoryReader.Read(JsonDocument.Parse("""
            {"period": "FY20", "electricity": [{"amount": "10 MWh", "region": "CN"}],
             "dataCenters": [{"id": " ", "facility": "3 MWh", "it": "2 MWh"}], "totals": {"ghg.scope3": "-5 tCO2e"}}
            """).RootElement);

        Assert.Equal("$.period", Assert.Throws<InputException>(() => CalculationRequest.Run(inventory, Set)).Path);
        var stored = CalculationRequest.Run(inventory, Set, rules: InputRules.AsStored);
        Assert.Equal(5.366m, stored.Get("ghg.scope2").Value);
        Assert.Contains(stored.Metrics, m => m.Id == "dc.pue" && m.Site == " " && m.Value == 1.5m);
    }

    private sealed class SingleSet(FactorSet set) : IFactorSetSource
    {
        public IReadOnlyList<string> SetIds => [set.Id];

        public FactorSet? Find(string id) => id == set.Id ? set : null;
    }
}
