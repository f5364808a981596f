using System.Text.Json;
using Emissions.Calculation;
using Emissions.Contract.Checks;
using Emissions.Core.Tests.Calculation;
using Emissions.Diagnostics;
using Emissions.Inventory;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>The check reader and the calculation reader read units as printed alike: a default reading is a note, a decimal comma only when asked.</summary>
public class PrintedRequestTests
{
    [Fact]
    public void A_figure_printed_in_MT_is_checked_as_metric_tons_with_a_note_naming_the_figure()
    {
        var report = new Checker().Check(CheckRequestReader.Parse("""
            {"figures": [
              {"id": "s1", "metric": "ghg.scope1", "value": "1,200", "unit": "MT CO2e"},
              {"id": "s2", "metric": "ghg.scope2", "value": "3,400", "unit": "metric tons CO2e"},
              {"id": "total", "metric": "ghg.total", "value": "4.6", "unit": "thousand tonnes CO₂e"}
            ]}
            """));

        var check = Assert.Single(report.Checks, c => c.Figure == "total");
        Assert.Equal(Verdict.Reproduced, check.Verdict);
        Assert.Contains("$.figures[0]: 'MTCO2e' read as metric tons (1 MT = 1 t = 1000 kg), as US reports print them; a megatonne is 'Mt'", report.Notes);
    }

    [Fact]
    public void A_check_request_reads_decimal_commas_only_when_its_options_say_so()
    {
        const string figures = """[{"metric": "energy.indirect", "value": "721.117,23", "unit": "MWh"}]""";

        var read = CheckRequestReader.Parse($$"""{"options": {"numberFormat": "decimal-comma"}, "figures": {{figures}}}""");
        var refused = Assert.Throws<InputException>(() => CheckRequestReader.Parse($$"""{"figures": {{figures}}}"""));

        Assert.Equal(721_117.23m, read.Figures[0].Printed.Value);
        Assert.Equal("$.figures[0].value", refused.Path);
        Assert.StartsWith("'721.117,23' is not a number", refused.Reason, StringComparison.Ordinal);
        Assert.StartsWith("a number in the invariant format", refused.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calculation_reads_printed_units_and_warns_of_a_default_reading_with_its_field()
    {
        var result = CalculationRequest.Run(JsonDocument.Parse("""
            {"numberFormat": "decimal-comma", "headcount": "7",
             "fuels": [{"fuel": "diesel", "amount": "3 MT", "region": "CN"}, {"fuel": "diesel", "amount": "1.000,5 kg", "region": "CN"}]}
            """).RootElement, TestFactorSet.ChineseDefaults().FactorSet);

        Assert.Contains("$.fuels[0].amount: 'MT' read as metric tons (1 MT = 1 t = 1000 kg), as US reports print them; a megatonne is 'Mt'", result.Warnings.Select(w => w.Message));
        Assert.Contains(result.Warnings, w => w.Code == WarningCodes.AmbiguousUnit && w.Severity == WarningSeverity.Warning);
        Assert.Equal(
            CalculationRequest.Run(JsonDocument.Parse("""
                {"headcount": "7", "fuels": [{"fuel": "diesel", "amount": "4.0005 t", "region": "CN"}]}
                """).RootElement, TestFactorSet.ChineseDefaults().FactorSet).Get("ghg.scope1").Value,
            result.Get("ghg.scope1").Value);
    }

    [Fact]
    public void A_fuel_energy_on_the_gross_calorific_basis_never_meets_a_net_factor_silently()
    {
        var set = TestFactorSet.ChineseDefaults().FactorSet;
        const string fuel = """{"fuels": [{"fuel": "natural-gas", "amount": "AMOUNT", "region": "CN"}]}""";

        var ex = Assert.Throws<InputException>(() => CalculationRequest.Run(JsonDocument.Parse(fuel.Replace("AMOUNT", "1,000 kWh (Gross CV)", StringComparison.Ordinal)).RootElement, set));
        var net = CalculationRequest.Run(JsonDocument.Parse(fuel.Replace("AMOUNT", "1,000 kWh (Net CV)", StringComparison.Ordinal)).RootElement, set);
        var unstated = CalculationRequest.Run(JsonDocument.Parse(fuel.Replace("AMOUNT", "1,000 kWh", StringComparison.Ordinal)).RootElement, set);

        Assert.Equal("$.fuels[0].amount", ex.Path);
        Assert.Contains("net calorific basis", ex.Expected, StringComparison.Ordinal);
        Assert.Equal(unstated.Get("ghg.scope1").Value, net.Get("ghg.scope1").Value);
    }

    [Fact]
    public void A_fuel_line_without_a_region_is_told_the_fix_first()
    {
        var ex = Assert.Throws<InputException>(() => CalculationRequest.Run(
            JsonDocument.Parse("""{"fuels": [{"fuel": "diesel", "amount": "1 t"}]}""").RootElement, TestFactorSet.ChineseDefaults().FactorSet));

        Assert.Equal("$.fuels[0].region", ex.Path);
        Assert.StartsWith("a \"region\" on this line or the request, one of those set test-set has net-calorific-value/diesel for: CN", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_number_format_names_its_field()
    {
        var ex = Assert.Throws<InputException>(() => InventoryReader.Read(JsonDocument.Parse("""{"numberFormat": "de-DE"}""").RootElement));

        Assert.Equal("$.numberFormat", ex.Path);
        Assert.Contains("decimal-comma", ex.Expected, StringComparison.Ordinal);
    }
}
