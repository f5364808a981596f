using System.Text.Json;
using Emissions.Inventory;

namespace Emissions.Core.Tests.Inventory;

/// <summary>Fuels, regions, waste categories and refrigerants as reports name them read to the codes the factor data use.</summary>
public class PrintedNamesTests
{
    [Theory]
    [InlineData("柴油", "diesel")]
    [InlineData("Diesel", "diesel")]
    [InlineData("天然气", "natural-gas")]
    [InlineData("天然氣", "natural-gas")]
    [InlineData("Natural Gas", "natural-gas")]
    [InlineData("natural_gas", "natural-gas")]
    [InlineData("汽油", "gasoline")]
    [InlineData("petrol", "gasoline")]
    [InlineData("液化石油气", "lpg")]
    [InlineData("LPG", "lpg")]
    [InlineData("原煤", "coal")]
    public void A_fuel_reads_by_its_printed_name(string written, string fuel)
    {
        var line = Read($$"""{"fuels": [{"fuel": "{{written}}", "amount": "1 t", "region": "CN"}]}""").Fuels[0];

        Assert.Equal(fuel, line.Fuel);
    }

    [Theory]
    [InlineData("华北", "CN-North")]
    [InlineData("華北區域電網", "CN-North")]
    [InlineData("cn-north", "CN-North")]
    [InlineData("CN-NORTH", "CN-North")]
    [InlineData("南方电网", "CN-South")]
    [InlineData("北京", "CN-BJ")]
    [InlineData("cn-bj", "CN-BJ")]
    [InlineData("中国", "CN")]
    [InlineData("China", "CN")]
    [InlineData("UK", "GB")]
    public void A_region_reads_by_its_printed_name(string written, string region)
    {
        var line = Read($$"""{"electricity": [{"amount": "1 MWh", "region": "{{written}}"}]}""").Electricity[0];

        Assert.Equal(region, line.Region);
        Assert.Same(Emissions.Factors.Regions.Canonical(region), line.Region);
    }

    [Theory]
    [InlineData("危险废物", "hazardous")]
    [InlineData("危險廢物", "hazardous")]
    [InlineData("Hazardous waste", "hazardous")]
    [InlineData("一般废物", "non-hazardous")]
    [InlineData("無害廢棄物", "non-hazardous")]
    [InlineData("non-hazardous", "non-hazardous")]
    public void A_waste_category_reads_by_its_printed_name(string written, string category)
    {
        var line = Read($$"""{"waste": [{"category": "{{written}}", "amount": "1 t"}]}""").Waste[0];

        Assert.Equal(category, line.Category);
    }

    [Theory]
    [InlineData("R410A", "R-410A")]
    [InlineData("r-410a", "R-410A")]
    [InlineData("R 410A", "R-410A")]
    [InlineData("R134a", "HFC-134a")]
    [InlineData("HFC134a", "HFC-134a")]
    [InlineData("六氟化硫", "SF6")]
    [InlineData("R-1234yf", "R-1234yf")]
    public void A_refrigerant_reads_by_its_printed_name_and_an_unknown_one_is_kept(string written, string gas)
    {
        var line = Read($$"""{"refrigerants": [{"gas": "{{written}}", "released": "1 kg"}]}""").Refrigerants[0];

        Assert.Equal(gas, line.Gas);
    }

    [Theory]
    [InlineData("""{"fuels": [{"fuel": "disel", "amount": "1 t"}]}""", "$.fuels[0].fuel", "nearest: diesel")]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "CN-Nort"}]}""", "$.electricity[0].region", "nearest: CN-North")]
    [InlineData("""{"waste": [{"category": "hazardus", "amount": "1 t"}]}""", "$.waste[0].category", "nearest: hazardous")]
    public void A_name_that_is_not_known_suggests_the_nearest(string json, string path, string nearest)
    {
        var ex = Assert.Throws<InputException>(() => Read(json));

        Assert.Equal(path, ex.Path);
        Assert.Contains(nearest, ex.Expected, StringComparison.Ordinal);
    }

    private static Emissions.Inventory.Inventory Read(string json) => InventoryReader.Read(JsonDocument.Parse(json).RootElement);
}
