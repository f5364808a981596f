using System.Text.Json;
using Emissions.Calculation;
using Emissions.Inventory;

namespace Emissions.Factors.Tests;

/// <summary>The shipped set a calculation gets when it names none: by the inventory's country and period.</summary>
public class DefaultFactorSetTests
{
    private static Inventory.Inventory InventoryOf(string json) => InventoryReader.Read(JsonDocument.Parse(json).RootElement);

    private static Inventory.Inventory ElectricityIn(string region, string? period) => InventoryOf(
        $$"""{{{(period is null ? "" : $"\"period\": \"{period}\",")}} "electricity": [{"amount": "100 MWh", "region": "{{region}}"}]}""");

    [Theory]
    [InlineData("CN-North", "2020", "cn-2020")]
    [InlineData("CN-North", "2021", "cn-2021")]
    [InlineData("CN-East", "2022", "cn-2022")]
    [InlineData("CN-North", "2023", "cn-2023")]
    [InlineData("CN", "FY2023", "cn-2023")]
    [InlineData("CN-GD", "2024", "cn-2023")]
    [InlineData("GB", "2024", "uk-desnz-2024")]
    [InlineData("US", "2023", "us-eia-2023")]
    [InlineData("US", "2024", "us-eia-2023")]
    public void The_default_is_the_newest_shipped_set_for_the_country_not_after_the_period(string region, string period, string expected)
    {
        Assert.True(DefaultFactorSet.TryChoose(ElectricityIn(region, period), RepositoryFactors.Library.Sets, out var set, out var warning));

        Assert.Equal(expected, set!.Id);
        Assert.Contains($"using {expected}", warning, StringComparison.Ordinal);
        Assert.Contains("\"factorSet\"", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_with_its_own_set_says_so_and_a_later_one_says_it_has_none()
    {
        DefaultFactorSet.TryChoose(ElectricityIn("CN-North", "2023"), RepositoryFactors.Library.Sets, out _, out var exact);
        DefaultFactorSet.TryChoose(ElectricityIn("CN-North", "2024"), RepositoryFactors.Library.Sets, out _, out var earlier);

        Assert.StartsWith("no factor set named: using cn-2023, the default set for CN and reporting year 2023;", exact, StringComparison.Ordinal);
        Assert.StartsWith("no factor set named: using cn-2023 (reporting year 2023), the newest default set for CN not after reporting year 2024", earlier, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GB", "2020")]
    [InlineData("GB", "2023")]
    [InlineData("US", "2022")]
    [InlineData("CN", "2019")]
    public void A_period_before_every_default_of_its_country_is_refused_naming_the_closest_set(string region, string period)
    {
        Assert.False(DefaultFactorSet.TryChoose(ElectricityIn(region, period), RepositoryFactors.Library.Sets, out var set, out var why));

        Assert.Null(set);
        var closest = region switch { "GB" => "uk-desnz-2024", "US" => "us-eia-2023", _ => "cn-2020" };
        Assert.Contains($"the closest is {closest}", why, StringComparison.Ordinal);
        Assert.Contains($"after {period}", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_period_the_newest_default_of_the_country_is_used()
    {
        Assert.True(DefaultFactorSet.TryChoose(ElectricityIn("CN-North", null), RepositoryFactors.Library.Sets, out var set, out var warning));

        Assert.Equal("cn-2023", set!.Id);
        Assert.Contains("no period given", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_region_or_electricity_no_default_can_be_chosen()
    {
        var inventory = InventoryOf("""{"period": "2023", "fuels": [{"fuel": "diesel", "amount": "1 t"}]}""");

        Assert.False(DefaultFactorSet.TryChoose(inventory, RepositoryFactors.Library.Sets, out _, out var why));
        Assert.Contains("no \"region\" or electricity line", why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calculation_without_a_set_uses_the_default_and_warns_first()
    {
        // 100 MWh in North China on cn-2023's regional factor; the same request pinned to cn-2023 gives the same figures.
        var inventory = ElectricityIn("CN-North", "2023");
        var defaulted = CalculationRequest.RunWithDefaultSet(inventory, RepositoryFactors.Library.Sets);
        var pinned = CalculationRequest.Run(inventory, RepositoryFactors.Library.Sets.Single(s => s.Id == "cn-2023"));

        Assert.Equal("cn-2023", defaulted.FactorSetId);
        Assert.StartsWith("no factor set named: using cn-2023", defaulted.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(pinned.Warnings, defaulted.Warnings.Skip(1));
        Assert.Equal(pinned.Get("ghg.scope2").Value, defaulted.Get("ghg.scope2").Value);
    }

    [Fact]
    public void A_calculation_for_which_no_default_fits_is_refused_at_the_factor_set_field()
    {
        var error = Assert.Throws<NoFactorSetException>(() => CalculationRequest.RunWithDefaultSet(ElectricityIn("GB", "2021"), RepositoryFactors.Library.Sets));

        Assert.Equal(("$.factorSet", null), (error.Field, error.Value));
        Assert.Contains("the closest is uk-desnz-2024 (reporting year 2024)", error.Message, StringComparison.Ordinal);
    }
}
