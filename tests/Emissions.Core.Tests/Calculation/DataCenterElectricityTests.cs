using System.Text.Json;
using Emissions.Calculation;
using Emissions.Diagnostics;
using Emissions.Factors;
using Emissions.Inventory;

namespace Emissions.Core.Tests.Calculation;

/// <summary>Data-center facility energy is part of purchased electricity unless a site says otherwise: reconciled by region, never counted twice.</summary>
public class DataCenterElectricityTests
{
    private static CalculationResult Calculate(string json) =>
        Calculator.Calculate(InventoryReader.Read(JsonDocument.Parse(json).RootElement), TestFactorSet.ChineseDefaults());

    [Fact]
    public void Data_center_energy_beyond_the_regions_electricity_lines_is_warned_of_and_not_added_to_scope_2()
    {
        var result = Calculate("""
            {"period": "2022", "electricity": [{"amount": "100,000 MWh", "region": "CN-North"}],
             "dataCenters": [{"id": "a", "facility": "120,000 MWh", "it": "95,000 MWh", "region": "CN-North"}]}
            """);

        // Scope 2 from the lines only: 100,000 MWh × 0.6776 t/MWh = 67,760 t; the site's 120,000 MWh are not added to it.
        Assert.Equal(67_760m, result.Get("ghg.scope2").Value);
        var warning = Assert.Single(result.Warnings, w => w.Code == WarningCodes.DataCenterEnergyNotInScope2).Message;
        Assert.Contains("1 data center in CN-North used 120000 MWh of facility energy", warning, StringComparison.Ordinal);
        Assert.Contains("the electricity lines for CN-North total 100000 MWh: 20000 MWh of data-center energy is in no scope-2 figure", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Sites_whose_region_has_no_electricity_lines_are_warned_of_in_full()
    {
        var result = Calculate("""
            {"dataCenters": [{"id": "a", "facility": "120 MWh", "it": "100 MWh", "region": "CN-North"}, {"id": "b", "facility": "80 MWh", "it": "60 MWh", "region": "CN-North"}]}
            """);

        Assert.Contains(result.Warnings, w => w.Message.StartsWith("2 data centers in CN-North used 200 MWh of facility energy", StringComparison.Ordinal)
            && w.Message.Contains("total 0 MWh: 200 MWh", StringComparison.Ordinal));
    }

    [Fact]
    public void Data_center_energy_covered_by_the_electricity_lines_gives_no_warning()
    {
        var result = Calculate("""
            {"period": "2022", "electricity": [{"amount": "150,000 MWh", "region": "CN-North"}],
             "dataCenters": [{"id": "a", "facility": "120,000 MWh", "it": "95,000 MWh", "region": "CN-North"}]}
            """);

        Assert.DoesNotContain(result.Warnings, w => w.Code == WarningCodes.DataCenterEnergyNotInScope2);
        Assert.Equal(101_640m, result.Get("ghg.scope2").Value);
    }

    [Fact]
    public void A_site_marked_as_not_purchased_electricity_is_not_reconciled()
    {
        var result = Calculate("""
            {"dataCenters": [{"id": "a", "facility": "120 MWh", "it": "100 MWh", "region": "CN-North", "purchasedElectricity": false}]}
            """);

        Assert.DoesNotContain(result.Warnings, w => w.Code == WarningCodes.DataCenterEnergyNotInScope2);
    }

    [Fact]
    public void Sites_without_a_region_are_compared_with_all_electricity_lines()
    {
        var result = Calculate("""
            {"electricity": [{"amount": "50 MWh", "region": "CN-North"}, {"amount": "30 MWh", "region": "CN"}],
             "dataCenters": [{"id": "a", "facility": "100 MWh", "it": "90 MWh"}]}
            """);

        Assert.Contains(result.Warnings, w => w.Message.StartsWith("1 data center in all used 100 MWh", StringComparison.Ordinal)
            && w.Message.Contains("all electricity lines total 80 MWh: 20 MWh", StringComparison.Ordinal));
    }

    [Fact]
    public void Purchased_electricity_must_be_true_or_false()
    {
        var error = Assert.Throws<InputException>(() => InventoryReader.Read(JsonDocument.Parse("""
            {"dataCenters": [{"id": "a", "facility": "120 MWh", "it": "100 MWh", "purchasedElectricity": "no"}]}
            """).RootElement));

        Assert.Equal("$.dataCenters[0].purchasedElectricity", error.Path);
        Assert.Equal("\"no\"", error.Value);
    }

    [Theory]
    [InlineData("AR4")]
    [InlineData("AR9")]
    public void A_gwp_edition_other_than_the_factor_sets_is_refused_not_ignored(string gwp)
    {
        var inventory = InventoryReader.Read(JsonDocument.Parse($$"""{"gwp": "{{gwp}}", "refrigerants": [{"gas": "R-410A", "released": "12 kg"}]}""").RootElement);

        var error = Assert.Throws<InputException>(() => CalculationRequest.Run(inventory, TestFactorSet.ChineseDefaultsSet()));

        Assert.Equal("$.gwp", error.Path);
        Assert.Equal(gwp, error.Value);
        Assert.Contains("\"AR5\", the GWP edition of factor set 'test-set'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factor_sets_own_gwp_edition_is_accepted()
    {
        var inventory = InventoryReader.Read(JsonDocument.Parse("""{"gwp": "AR5", "refrigerants": [{"gas": "R-410A", "released": "12 kg"}]}""").RootElement);

        // 12 kg of R-410A (50 % HFC-32 at 677, 50 % HFC-125 at 3,170: GWP 1,923.5) = 23.082 t CO2e.
        Assert.Equal(23.082m, CalculationRequest.Run(inventory, TestFactorSet.ChineseDefaultsSet()).Get("ghg.scope1").Value);
    }
}
