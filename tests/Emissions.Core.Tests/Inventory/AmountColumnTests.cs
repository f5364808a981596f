using System.Text.Json;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Inventory;

public class AmountColumnTests
{
    private static Emissions.Inventory.Inventory Read(string json) => InventoryReader.Read(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Electricity_lines_are_grouped_by_region_and_written_unit_in_order_of_their_first_line()
    {
        var inventory = Read("""
            {"electricity": [
              {"amount": "1 MWh", "region": "CN-North", "renewable": "200 kWh"},
              {"amount": "3 MWh", "region": "CN"},
              {"amount": "500 kWh", "region": "CN-North"},
              {"amount": "1.25 MWh", "region": "CN-North", "renewable": "0.5 MWh"}]}
            """);
        var columns = InventoryColumns.Of(inventory);

        Assert.Equal([("CN-North", "MWh", 0), ("CN", "MWh", 1), ("CN-North", "kWh", 2)],
            columns.Electricity.Groups.Select(g => (g.Key, g.Unit.Symbol, g.FirstLine)));
        Assert.Equal([0, 1, 2, 0], Enumerable.Range(0, 4).Select(columns.Electricity.GroupOf));
        // Sums stay in the written unit: 1 + 1.25 MWh, 3 MWh, 500 kWh.
        Assert.Equal([2.25m, 3m, 500m], columns.Electricity.SumByGroup());

        Assert.Equal([("CN-North", "kWh"), ("CN-North", "MWh")], columns.Renewable.Groups.Select(g => (g.Key, g.Unit.Symbol)));
        Assert.Equal([0, -1, -1, 1], Enumerable.Range(0, 4).Select(columns.Renewable.GroupOf));
        Assert.Equal([200m, 0.5m], columns.Renewable.SumByGroup());
    }

    [Fact]
    public void The_reader_builds_the_columns_once_and_a_copy_with_other_lines_gets_its_own()
    {
        var inventory = Read("""{"heat": [{"amount": "20,256.68 GJ"}, {"amount": "1 GJ"}]}""");

        Assert.Same(InventoryColumns.Of(inventory), InventoryColumns.Of(inventory));
        Assert.Equal([20_257.68m], InventoryColumns.Of(inventory).Heat.SumByGroup());

        var copy = inventory with { Heat = [new HeatInput(new Amount(Measurement.Parse("5 GJ"), "$.heat[0].amount"), null, "$.heat[0]")] };
        Assert.Equal([5m], InventoryColumns.Of(copy).Heat.SumByGroup());
    }

    [Fact]
    public void A_sum_that_overflows_decimal_is_a_quantity_error_not_an_overflow_exception()
    {
        var inventory = Read("""{"heat": [{"amount": "50000000000000000000000000000 kWh"}, {"amount": "50000000000000000000000000000 kWh"}]}""");

        var error = Assert.Throws<QuantityException>(() => InventoryColumns.Of(inventory).Heat.SumByGroup());
        Assert.Equal(QuantityError.Overflow, error.Error);
    }
}
