using System.Text.Json;
using Emissions.Factors;
using Emissions.Inventory;

namespace Emissions.Core.Tests.Factors;

public sealed class FactorSetNameTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void A_calculation_names_its_set_at_factorSet()
    {
        Assert.Equal(new FactorSetName("cn-2020", "$.factorSet"), FactorSetName.OfCalculation(Json("""{"factorSet": "cn-2020"}""")));
        Assert.Null(FactorSetName.OfCalculation(Json("""{"factorSet": null}""")));
        Assert.Null(FactorSetName.OfCalculation(Json("""{}""")));
    }

    [Fact]
    public void A_check_names_its_set_in_its_options_before_its_raw_inputs()
    {
        const string both = """{"options": {"factorSet": "cn-2021"}, "inputs": {"factorSet": "cn-2020"}}""";

        Assert.Equal(new FactorSetName("cn-2021", "$.options.factorSet"), FactorSetName.OfCheck(Json(both)));
        Assert.Equal(new FactorSetName("cn-2020", "$.inputs.factorSet"), FactorSetName.OfCheck(Json("""{"options": {}, "inputs": {"factorSet": "cn-2020"}}""")));
        Assert.Null(FactorSetName.OfCheck(Json("""{"options": {"materiality": "5%"}}""")));
    }

    [Fact]
    public void A_check_inside_a_document_names_the_full_path()
    {
        Assert.Equal("$.document.inputs.factorSet", FactorSetName.OfCheck(Json("""{"inputs": {"factorSet": "cn-2020"}}"""), "$.document")!.Path);
    }

    [Fact]
    public void A_factorSet_that_is_not_a_string_is_a_wrong_type_at_its_path()
    {
        var error = Assert.Throws<InputException>(() => FactorSetName.OfCheck(Json("""{"inputs": {"factorSet": true}}""")));

        Assert.Equal(("$.inputs.factorSet", "true", InputError.WrongType), (error.Path, error.Value, error.Error));
    }

    [Theory]
    [InlineData("""{"factorSet": 5}""", "$.factorSet", "$")]
    [InlineData("""{"factorSet": ["cn-2020"]}""", "$.inputs.factorSet", "$.inputs")]
    public void A_calculation_and_the_inventory_read_from_it_refuse_a_factorSet_that_is_not_a_string_alike(string json, string field, string path)
    {
        // The service reads the name before the body (FactorSetName.OfCalculation), the CLI through InventoryReader: one rule.
        var named = Assert.Throws<InputException>(() => FactorSetName.OfCalculation(Json(json), path));
        var read = Assert.Throws<InputException>(() => InventoryReader.Read(Json(json), path));

        Assert.Equal((field, InputError.WrongType, "a factor-set id such as \"cn-2020\""), (read.Path, read.Error, read.Expected));
        Assert.Equal((named.Path, named.Value, named.Expected), (read.Path, read.Value, read.Expected));
    }

    [Fact]
    public void Raw_inputs_without_a_set_are_one_no_factor_set_error_at_the_options()
    {
        var error = NoFactorSetException.ForCheckInputs(["cn-2021", "cn-2020"]);

        Assert.Equal(("$.options.factorSet", null), (error.Field, error.Value));
        Assert.Equal(["cn-2020", "cn-2021"], error.Available);
        Assert.Equal("a factor set id, one of: cn-2020, cn-2021", error.Expected);
    }
}
