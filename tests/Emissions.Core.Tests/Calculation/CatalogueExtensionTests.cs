using System.Text.Json;
using Emissions.Calculation;
using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Verification;

namespace Emissions.Core.Tests.Calculation;

/// <summary>Metrics added to the catalogue as one formula each are calculated, traced, checked and listed (ADR 0011).</summary>
public class CatalogueExtensionTests
{
    private static CalculationResult Calculate(string json) =>
        Calculator.Calculate(InventoryReader.Read(JsonDocument.Parse(json).RootElement), TestFactorSet.ChineseDefaults());

    [Fact]
    public void Water_consumption_is_withdrawal_less_discharge_calculated_and_traced_from_the_catalogue()
    {
        // Kuaishou 2020 (004_aa846d0bd509f8b8.txt lines 1280 and 1286): 205.27 万吨 withdrawn, 56.22 万吨 discharged, at 1 t = 1 m³.
        var result = Calculate("""{"headcount": "21,499", "water": {"withdrawal": "205.27 万吨", "discharge": "56.22 万吨"}}""");

        var consumption = result.Get("water.consumption");
        Assert.Equal(1_490_500m, consumption.Value);
        Assert.Equal("m³", consumption.Unit.Symbol);
        Assert.Equal("water.withdrawal - water.discharge", consumption.Trace.Formula);
        Assert.Equal(["water.withdrawal", "water.discharge"], consumption.Trace.Inputs.Select(i => i.Field));
        // 1,490,500 m³ / 21,499 persons, exact to 28 digits.
        Assert.Equal(1_490_500m / 21_499m, result.Get("water.consumption.per-employee").Value);
    }

    [Fact]
    public void Water_consumption_needs_both_withdrawal_and_discharge()
    {
        var result = Calculate("""{"water": {"withdrawal": "100 m³"}}""");

        Assert.Null(result.Find("water.consumption"));
    }

    [Fact]
    public void Water_consumption_is_listed_and_checked_against_its_parts()
    {
        Assert.Contains(MetricCatalog.AllWithIntensities(), m => m.Id == "water.consumption");
        var request = CheckRequestReader.Parse("""
            {"figures": [{"metric": "water.withdrawal", "value": "205.27", "unit": "万吨"}, {"metric": "water.discharge", "value": "56.22", "unit": "万吨"},
                         {"metric": "water.consumption", "value": "149.05", "unit": "万吨"}]}
            """);

        var report = new Checker().Check(request);

        var check = Assert.Single(report.Checks, c => c.Figure == "water.consumption");
        Assert.Equal("water.consumption = water.withdrawal - water.discharge", check.Formula);
        Assert.Equal(Verdict.Reproduced, check.Verdict);
    }

    [Fact]
    public void Dcie_is_it_over_facility_per_site_and_for_the_fleet_from_its_catalogue_line()
    {
        var result = Calculate("""
            {"dataCenters": [{"id": "a", "facility": "120 MWh", "it": "100 MWh"}, {"id": "b", "facility": "300 MWh", "it": "200 MWh"}]}
            """);

        // Site a: 100 / 120; site b: 200 / 300; the fleet: (100 + 200) / (120 + 300) = 300 / 420, not the mean of the sites'.
        Assert.Equal(100m / 120m, result.Get("dc.dcie", "a").Value);
        Assert.Equal(200m / 300m, result.Get("dc.dcie", "b").Value);
        var fleet = result.Get("dc.dcie");
        Assert.Equal(300m / 420m, fleet.Value);
        Assert.Equal("dc.energy.it / dc.energy.facility", fleet.Trace.Formula);
        Assert.Equal(["dc.energy.it", "dc.energy.facility"], fleet.Trace.Inputs.Select(i => i.Field));
        Assert.Equal(["dc.energy.it@a", "dc.energy.facility@a"], result.Get("dc.dcie", "a").Trace.Inputs.Select(i => i.Field));
        // Listed after the figures every site had before it, and after the fleet's.
        Assert.Equal("dc.dcie", result.Metrics.Last(m => m.Site == "a").Id);
        Assert.Equal("dc.dcie", result.Metrics[^1].Id);
    }

    [Fact]
    public void Dcie_is_listed_and_checked_against_facility_and_it_energy_and_against_pue()
    {
        Assert.Contains(MetricCatalog.AllWithIntensities(), m => m.Id == "dc.dcie");
        var request = CheckRequestReader.Parse("""
            {"figures": [{"metric": "dc.energy.facility", "value": "120", "unit": "MWh"}, {"metric": "dc.energy.it", "value": "100", "unit": "MWh"},
                         {"metric": "dc.pue", "value": "1.2"}, {"metric": "dc.dcie", "value": "0.83"}]}
            """);

        var checks = new Checker().Check(request).Checks.Where(c => c.Figure == "dc.dcie").ToList();

        Assert.Equal(["dc.dcie = dc.energy.it / dc.energy.facility", "dc.dcie = 1 / dc.pue"], checks.Select(c => c.Formula));
        Assert.All(checks, c => Assert.Equal(Verdict.Reproduced, c.Verdict));
    }
}
