using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Emissions.Calculation;
using Emissions.Contract.Calculations;
using Emissions.Core.Tests.Calculation;
using Emissions.Inventory;
using Emissions.Inventory.Streaming;

using static Emissions.Core.Tests.Inventory.BothReaders;

namespace Emissions.Core.Tests.Inventory;

/// <summary>
/// The columnar reader (a streamed list held as columns, its line records made on demand) against the element reader
/// over the same request, on edge inputs: the same lines (values with their written scale, units, paths), notes,
/// group sums and answers, and for every bad line the same error.
/// </summary>
public class ColumnarLineReaderTests
{
    [Theory]
    [InlineData("""{"electricity": [], "fuels": [], "heat": []}""")]
    [InlineData("""{"electricity": null, "fuels": null, "heat": null}""")]
    [InlineData("""{"electricity": [{"amount": "5 MWh", "region": "CN", "renewable": null, "site": null}], "heat": [{"amount": "1 GJ", "site": null}]}""")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "5 t", "region": null, "site": null}]}""")]
    [InlineData("""{"electricity": [{"amount": "1e3 MWh", "region": "CN"}, {"amount": "2.5E-2 MWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": {"value": "1000", "unit": "kWh"}, "region": "CN"}, {"amount": "1 MWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "79228162514264337593543950335 kWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "0.0000000000000000000000000001 MWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1234567890.123456789 MWh", "region": "CN"}, {"amount": "12345678901.23456789 MWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "9999999999999999999 kWh", "region": "CN"}, {"amount": "18446744073709551615 kWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1.000 MWh", "region": "CN"}, {"amount": "007.50 MWh", "region": "CN"}, {"amount": "0.000 MWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "amount": "2 MWh", "region": "CN", "region": "CN-North"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "CN"}], "electricity": [{"amount": "2 kWh", "region": "CN-East"}]}""")]
    [InlineData("""{"electricity": [{"amount": "3 MWh", "region": "CN-North", "renewable": "1.50 MWh", "site": "A"}, {"amount": "4 kWh", "region": "华北", "site": "B"}, {"amount": {"value": "2", "unit": "MWh"}, "region": "CN-North", "renewable": "2 MWh"}]}""")]
    [InlineData("""{"fuels": [{"fuel": "天然气", "amount": "5 m³", "region": "CN-BJ"}, {"fuel": "diesel", "amount": "12 MT", "site": "P"}, {"fuel": "diesel", "amount": "1,200 t"}, {"fuel": "diesel", "amount": "3 t", "region": "CN"}]}""")]
    [InlineData("""{"heat": [{"amount": "20,256.68 GJ"}, {"amount": "1 GJ", "site": "S"}, {"amount": "2 MWh"}], "numberFormat": "invariant"}""")]
    [InlineData("""{"electricity": [{"amount": "1.000,5 MWh", "region": "CN"}, {"amount": "2 MWh", "region": "CN"}], "numberFormat": "decimal-comma"}""")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "1 MT"}, {"fuel": "diesel", "amount": {"value": "2", "unit": "MT"}}, {"fuel": "diesel", "amount": "3 MT", "site": "x"}], "heat": [{"amount": "1 GJ"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1,5 MWh", "region": "CN"}], "numberFormat": "decimal-comma", "fuels": [{"fuel": "diesel", "amount": "1,5 MT"}]}""")]
    public void Columnar_lines_are_the_element_readers_lines_on_edge_inputs(string json) => AssertSameLines(json);

    [Fact]
    public void Notes_of_lines_read_fast_and_lines_left_to_the_element_reader_come_in_line_order()
    {
        var inventory = Streamed("""{"fuels": [{"fuel": "diesel", "amount": "1 MT"}, {"fuel": "diesel", "amount": {"value": "2", "unit": "MT"}}, {"fuel": "diesel", "amount": "3 MT"}]}""");

        Assert.Equal(["$.fuels[0].amount", "$.fuels[1].amount", "$.fuels[2].amount"], inventory.ReadingNotes.Select(n => n[..n.IndexOf(':', StringComparison.Ordinal)]));
    }

    [Fact]
    public void Lines_of_many_units_regions_and_sites_group_and_sum_as_the_element_reader_groups_them()
    {
        // 2,000 lines: the columns grow past their first guess (the first line is short), and the groups interleave.
        var units = new[] { "MWh", "kWh", "GJ" };
        var regions = new[] { "CN-North", "CN-East", "华北", "CN" };
        var electricity = Enumerable.Range(0, 2000).Select(i => i == 0
            ? """{"amount":"1 MWh","region":"CN"}"""
            : $$"""{"amount": "{{i}}.{{i % 1000:D3}} {{units[i % 3]}}", "region": "{{regions[i % 4]}}"{{(i % 7 == 0 ? $", \"site\": \"site {i % 5}\"" : "")}}{{(i % 11 == 0 ? ", \"renewable\": \"0.5 kWh\"" : "")}}}""");
        AssertSameLines($$"""{"electricity": [{{string.Join(",", electricity)}}]}""");
    }

    [Theory]
    [InlineData("""{"electricity": [{"amount": "5 MWhh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "CN"}, {"amount": "5 xyz", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "79228162514264337593543950336 kWh", "region": "CN"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "CN", "renewable": "2 MWh"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "CN", "renewable": "1 t"}]}""")]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "amount": "2 t", "region": "CN"}]}""")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "5 MWhh"}]}""")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "5 GJ (Gross CV)"}]}""")]
    [InlineData("""{"heat": [{"amount": "1 GJ"}, {"amount": "5 kgs"}]}""")]
    [InlineData("""{"heat": [{"amount": "-1 GJ"}]}""")]
    public void A_bad_line_among_columnar_lines_is_refused_with_the_element_readers_error(string json) => AssertSameError(json);

    [Fact]
    public void A_line_the_fast_reader_leaves_is_kept_as_the_element_readers_record_among_records_made_on_demand()
    {
        var electricity = Enumerable.Range(0, 100).Select(i => i == 40
            ? """{"amount": {"value": "2.50", "unit": "MWh"}, "region": "CN"}"""
            : $$"""{"amount": "{{i}}.10 MWh", "region": "CN-North"}""");
        var inventory = Streamed($$"""{"electricity": [{{string.Join(",", electricity)}}]}""");

        var columns = Assert.IsType<ElectricityColumns>(inventory.Electricity);
        Assert.False(columns.AllStreamed);
        Assert.Same(inventory.Electricity[40], inventory.Electricity[40]);
        Assert.Equal(("$.electricity[40].amount", 2.50m, "CN"), (inventory.Electricity[40].Amount.Path, inventory.Electricity[40].Amount.Measurement.Value, inventory.Electricity[40].Region));
        Assert.Equal(("$.electricity[41].amount", "41.10"), (inventory.Electricity[41].Amount.Path, inventory.Electricity[41].Amount.Measurement.Value.ToString(CultureInfo.InvariantCulture)));
        // CN-North: Σ 0.10 … 99.10 = 4,950 + 100 × 0.10 = 4,960.00, less line 40's 40.10; CN: line 40 alone.
        Assert.Equal([4919.90m, 2.50m], InventoryColumns.Of(inventory).Electricity.SumByGroup());
    }

    [Fact]
    public void A_columnar_inventory_answers_with_the_bytes_of_the_element_readers_inventory()
    {
        var set = TestFactorSet.ChineseDefaults().FactorSet;
        var electricity = Enumerable.Range(0, 1500).Select(i => i == 700
            ? """{"amount": {"value": "12.5", "unit": "MWh"}, "region": "CN"}"""
            : $$"""{"amount": "{{1 + (i % 97)}}.{{i % 10}}0 MWh", "region": "{{(i % 3 == 0 ? "CN-East" : "CN-North")}}"}""");
        var json = $$"""
            {"factorSet": "test-set", "region": "CN",
             "electricity": [{{string.Join(",", electricity)}}],
             "fuels": [{"fuel": "diesel", "amount": "10.0 t"}, {"fuel": "natural-gas", "amount": "100 m³", "site": "A"}],
             "heat": [{"amount": "20 GJ"}, {"amount": "30.5 GJ", "site": "B"}]}
            """;
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new TraceInputJsonConverter(), new TraceInputListJsonConverter() },
        };
        var element = CalculationRequest.Run(ByElement(json), set);
        var streamed = CalculationRequest.Run(Streamed(json), set);

        foreach (var detail in new[] { TraceDetail.Summary, TraceDetail.Full, TraceDetail.None })
        {
            Assert.Equal(JsonSerializer.Serialize(CalculationResponse.From(element, detail), options), JsonSerializer.Serialize(CalculationResponse.From(streamed, detail), options));
        }
    }
}
