using System.Text.Json;
using Emissions.Calculation;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Calculation;

/// <summary>
/// Site figures kept as columns and line amounts read from columns (ADR 0009) give the figures, order and
/// traces one figure object per value would: these tests pin what a reader of the result sees.
/// </summary>
public class ColumnarCalculationTests
{
    private const string ThreeSites = """
        {"period": "2022", "dataCenters": [
          {"id": "a", "facility": "120 MWh", "it": "100 MWh", "cooling": "10 MWh", "powerLoss": "4 MWh", "region": "CN-North"},
          {"id": "b", "facility": "300 MWh", "it": "200 MWh", "water": "50 t", "renewable": "30 MWh"},
          {"id": "c", "facility": "1,500 kWh", "it": "1 MWh", "reused": "0.3 MWh", "region": "CN-North"}]}
        """;

    private static global::Emissions.Inventory.Inventory Read(string json) => InventoryReader.Read(JsonDocument.Parse(json).RootElement);

    private static CalculationResult Calculate(string json) => Calculator.Calculate(Read(json), TestFactorSet.ChineseDefaults());

    [Fact]
    public void Site_figures_are_listed_site_by_site_in_catalogue_order_with_only_the_figures_each_site_has()
    {
        var result = Calculate(ThreeSites);

        var sites = result.Metrics.Where(m => m.Site is not null).Select(m => m.Field).ToList();
        Assert.Equal(
        [
            "dc.energy.facility@a", "dc.energy.it@a", "dc.energy.cooling@a", "dc.energy.power-loss@a", "dc.energy.other@a",
            "dc.pue@a", "dc.clf@a", "dc.plf@a", "dc.olf@a", "dc.ghg@a", "dc.cue@a", "dc.dcie@a",
            "dc.energy.facility@b", "dc.energy.it@b", "dc.pue@b", "dc.energy.renewable@b", "dc.ref@b", "dc.water@b", "dc.wue@b", "dc.dcie@b",
            "dc.energy.facility@c", "dc.energy.it@c", "dc.pue@c", "dc.energy.reused@c", "dc.erf@c", "dc.ghg@c", "dc.cue@c", "dc.dcie@c",
        ], sites);

        // The fleet's figures follow every site's, and only sums every site has are made (facility, IT; not cooling).
        var fleet = result.Metrics.SkipWhile(m => m.Site is null).SkipWhile(m => m.Site is not null).Select(m => m.Id).ToList();
        Assert.Equal(["dc.energy.facility", "dc.energy.it", "dc.pue", "dc.dcie"], fleet);
    }

    [Fact]
    public void Site_values_are_exact_in_their_units_whatever_unit_they_were_written_in()
    {
        var result = Calculate(ThreeSites);

        Assert.Equal(6m, result.Get("dc.energy.other", "a").Value);
        Assert.Equal(0.06m, result.Get("dc.olf", "a").Value);
        Assert.Equal(1.5m, result.Get("dc.energy.facility", "c").Value);
        Assert.Equal(1.5m, result.Get("dc.pue", "c").Value);
        Assert.Equal(0.2m, result.Get("dc.erf", "c").Value);
        Assert.Equal(0.1m, result.Get("dc.ref", "b").Value);
        // 50 t of water read at 1 t = 1 m³ over 200 MWh: 50,000 L / 200,000 kWh = 0.25 L/kWh.
        Assert.Equal(0.25m, result.Get("dc.wue", "b").Value);
        Assert.Equal(["water at 1 t = 1 m³ (1000 kg/m³)"], result.Get("dc.water", "b").Trace.Notes);
        // 120 MWh × 0.6776 t/MWh (North China grid, 2022) = 81.312 t; 1.5 MWh × 0.6776 = 1.0164 t.
        Assert.Equal(81.312m, result.Get("dc.ghg", "a").Value);
        Assert.Equal(1.0164m, result.Get("dc.ghg", "c").Value);
        // Fleet PUE is the ratio of sums: 421.5 / 301.
        Assert.Equal(421.5m / 301m, result.Get("dc.pue").Value);
    }

    [Fact]
    public void A_site_figure_read_twice_is_the_same_figure_and_traces_refer_to_its_sites_figures()
    {
        var result = Calculate(ThreeSites);

        var pue = result.Get("dc.pue", "a");
        Assert.Same(pue, result.Get("dc.pue", "a"));
        Assert.Equal("dc.energy.facility / dc.energy.it", pue.Trace.Formula);
        Assert.Equal(["dc.energy.facility@a", "dc.energy.it@a"], pue.Trace.Inputs.Select(i => i.Field));
        Assert.Equal(["120 MWh", "100 MWh"], pue.Trace.Inputs.Select(i => $"{i.Value} {i.Unit}"));

        var ghg = result.Get("dc.ghg", "a");
        Assert.Equal("(dc.energy.facility − dc.energy.renewable) × grid factor", ghg.Trace.Formula);
        Assert.Single(ghg.Trace.Factors);
        Assert.Equal("0.6776", ghg.Trace.Factors[0].Value);

        var fleet = result.Get("dc.energy.it");
        Assert.Equal("Σ dc.energy.it over 3 sites", fleet.Trace.Formula);
        Assert.Equal(["dc.energy.it@a", "dc.energy.it@b", "dc.energy.it@c"], fleet.Trace.Inputs.Select(i => i.Field));
        Assert.Same(result.Get("dc.energy.it", "b"), result.Metrics.Single(m => m.Field == "dc.energy.it@b"));
    }

    [Fact]
    public void The_metric_list_indexes_and_enumerates_the_same_figures()
    {
        var result = Calculate(ThreeSites);

        var enumerated = result.Metrics.ToList();
        Assert.Equal(result.Metrics.Count, enumerated.Count);
        for (var i = 0; i < enumerated.Count; i++)
        {
            Assert.Same(enumerated[i], result.Metrics[i]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => result.Metrics[enumerated.Count]);
    }

    [Fact]
    public void Finding_a_figure_by_id_and_site_gives_the_listed_figure_or_nothing()
    {
        var result = Calculate(ThreeSites);

        Assert.Same(result.Metrics.Single(m => m.Field == "dc.cue@c"), result.Find("dc.cue", "c"));
        Assert.Same(result.Metrics.Single(m => m.Field == "dc.pue"), result.Find("dc.pue"));
        Assert.Null(result.Find("dc.cue", "b"));
        Assert.Null(result.Find("dc.pue", "nowhere"));
        Assert.Null(result.Find("energy.total", "a"));
        Assert.Null(result.Find("dc.clf"));
        Assert.Throws<KeyNotFoundException>(() => result.Get("dc.wue", "a"));
    }

    [Fact]
    public void Fuel_lines_with_and_without_the_default_region_are_one_group_summed_in_line_order()
    {
        var result = Calculate("""
            {"period": "2022", "region": "CN", "fuels": [
              {"fuel": "diesel", "amount": "1.5 t"},
              {"fuel": "diesel", "amount": "2 t", "region": "CN"},
              {"fuel": "diesel", "amount": "0.25 t"}]}
            """);

        Assert.Equal(3.75m, result.Get("fuel.diesel").Value);
        // 3.75 t × 42.652 GJ/t = 159.945 GJ = 44.4291666… MWh, from one product of the summed tonnes.
        Assert.Equal(159.945m / 3.6m, result.Get("energy.direct").Value, 20);
        Assert.Equal(3, result.Get("fuel.diesel").Trace.Inputs.Count);
    }

    [Fact]
    public void An_inventory_copied_with_other_lines_is_calculated_from_the_new_lines_not_the_columns_read_with_the_old()
    {
        var read = Read("""
            {"period": "2022", "electricity": [{"amount": "100 MWh", "region": "CN-North"}],
             "dataCenters": [{"id": "a", "facility": "120 MWh", "it": "100 MWh"}]}
            """);
        var copy = read with
        {
            Electricity = [new ElectricityInput(new Amount(Measurement.Parse("200 MWh"), "$.electricity[0].amount"), "CN-North", null, null, "$.electricity[0]")],
            DataCenters = [new DataCenterInput("z", new Amount(Measurement.Parse("150 MWh"), "$.dc.facility"), new Amount(Measurement.Parse("100 MWh"), "$.dc.it"), null, null, null, null, null, null, "$.dc")],
        };

        var original = Calculator.Calculate(read, TestFactorSet.ChineseDefaults());
        var copied = Calculator.Calculate(copy, TestFactorSet.ChineseDefaults());

        Assert.Equal(100m, original.Get("energy.electricity").Value);
        Assert.Equal(200m, copied.Get("energy.electricity").Value);
        Assert.Equal(135.52m, copied.Get("ghg.scope2").Value);
        Assert.Equal(1.5m, copied.Get("dc.pue", "z").Value);
        Assert.Null(copied.Find("dc.pue", "a"));
    }

    [Fact]
    public void A_site_amount_of_the_wrong_kind_in_an_inventory_built_in_code_is_an_input_error_naming_its_path()
    {
        var read = Read("""{"period": "2022"}""");
        var inventory = read with
        {
            DataCenters = [new DataCenterInput("a", new Amount(Measurement.Parse("120 t"), "$.dataCenters[0].facility"), new Amount(Measurement.Parse("100 MWh"), "$.dataCenters[0].it"), null, null, null, null, null, null, "$.dataCenters[0]")],
        };

        var error = Assert.Throws<InputException>(() => Calculator.Calculate(inventory, TestFactorSet.ChineseDefaults()));
        Assert.Equal("$.dataCenters[0].facility", error.Path);
        Assert.Contains("an energy", error.Message, StringComparison.Ordinal);
    }
}
