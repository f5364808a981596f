using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Emissions.Calculation;
using Emissions.Core.Tests.Calculation;
using Emissions.Contract.Calculations;
using Emissions.Factors;
using Emissions.Inventory;

namespace Emissions.Core.Tests.Contract;

/// <summary>
/// Summary traces (CONTRACT "Traces"): each input line once in the answer, traces refer to line ranges, and nothing is
/// lost: every full trace is rebuilt from the summary one, and the sums are recomputed from the referenced lines.
/// </summary>
public class SummaryTraceTests
{
    private static readonly FactorSet Set = TestFactorSet.ChineseDefaults().FactorSet;

    // Every kind of input line the test set has factors for: fuels, electricity with a renewable part, heat,
    // refrigerants, waste, water, and two data-center sites.
    private const string Everything = """
        {"factorSet": "test-set", "region": "CN", "headcount": "120",
         "fuels": [{"fuel": "diesel", "amount": "10 t"}, {"fuel": "diesel", "amount": "2.5 t"}],
         "electricity": [{"amount": "1,000 MWh", "region": "CN-North", "renewable": "100 MWh"}, {"amount": "500 MWh", "region": "CN"}],
         "heat": [{"amount": "2,000 GJ"}],
         "refrigerants": [{"gas": "R-410A", "released": "12 kg"}],
         "waste": [{"category": "hazardous", "amount": "1.07 t"}, {"category": "hazardous", "amount": "2 t"}, {"category": "non-hazardous", "amount": "30 t"}],
         "water": {"withdrawal": "5,000 m³", "discharge": "4,000 m³"},
         "dataCenters": [{"id": "dc-1", "facility": "600 MWh", "it": "450 MWh", "cooling": "100 MWh", "region": "CN-North"},
                         {"id": "dc-2", "facility": "300 MWh", "it": "240 MWh", "region": "CN"}]}
        """;

    private static CalculationResult Run(string json) => CalculationRequest.Run(JsonDocument.Parse(json).RootElement, Set);

    /// <summary>The same request read as the CLI and the service read it: streamed from its bytes, line paths kept as parts.</summary>
    private static CalculationResult RunStreamed(string json) => CalculationRequest.Run(InventoryReader.Read(Encoding.UTF8.GetBytes(json)), Set);

    private static CalculationResult Run(string json, bool streamed) => streamed ? RunStreamed(json) : Run(json);

    /// <summary>1,200 meters with every fifth one's renewable part, 900 fuel lines of two fuels, 1,000 heat lines and a refrigerant.</summary>
    private static string ManyKinds()
    {
        var electricity = Enumerable.Range(0, 1200).Select(i =>
            $$"""{"amount": "{{1 + (i % 97)}}.5 MWh", "region": "{{(i % 3 == 0 ? "CN-East" : "CN-North")}}"{{(i % 5 == 0 ? $", \"renewable\": \"0.{i % 7}5 MWh\"" : "")}}}""");
        var fuels = Enumerable.Range(0, 900).Select(i => i % 2 == 0 ? $$"""{"fuel": "diesel", "amount": "{{1 + (i % 13)}} t"}""" : $$"""{"fuel": "natural-gas", "amount": "{{100 + i}} m³"}""");
        var heat = Enumerable.Range(0, 1000).Select(i => $$"""{"amount": "{{1 + (i % 17)}} GJ"}""");
        return $$"""
            {"factorSet": "test-set", "region": "CN", "headcount": "120",
             "fuels": [{{string.Join(",", fuels)}}], "electricity": [{{string.Join(",", electricity)}}], "heat": [{{string.Join(",", heat)}}],
             "refrigerants": [{"gas": "R-410A", "released": "12 kg"}]}
            """;
    }

    /// <summary>Meters and heat lines without renewable parts: every sum is over whole streamed lists.</summary>
    private static string MetersAndHeat(int count) =>
        $$"""{"factorSet": "test-set", "electricity": [{{string.Join(",", Enumerable.Range(1, count).Select(i => $$"""{"amount": "{{i}} MWh", "region": "{{(i % 2 == 0 ? "CN-North" : "CN")}}"}"""))}}], "heat": [{"amount": "20 GJ"}, {"amount": "30 GJ"}]}""";

    /// <summary>1 MWh, 2 MWh … <paramref name="count"/> MWh on the CN-North grid.</summary>
    private static string Meters(int count) =>
        $$"""{"factorSet": "test-set", "electricity": [{{string.Join(",", Enumerable.Range(1, count).Select(i => $$"""{"amount": "{{i}} MWh", "region": "CN-North"}"""))}}]}""";

    /// <summary>
    /// <see cref="Meters"/> with every 250th amount written as an object (a line the element reader reads and keeps as
    /// its record), among runs of lines written together: the index runs past 9, 99 and 999, the runs past 16 KiB.
    /// </summary>
    private static string MetersWithRecords(int count) =>
        $$"""{"factorSet": "test-set", "electricity": [{{string.Join(",", Enumerable.Range(1, count).Select(i => i % 250 == 0
            ? $$"""{"amount": {"value": "{{i}}.250", "unit": "MWh"}, "region": "CN-North"}"""
            : $$"""{"amount": "{{i}}.{{i % 1000:D3}} MWh", "region": "CN-North"}"""))}}]}""";

    /// <summary>
    /// <see cref="Meters"/> with every 300th amount of 21 digits (more than the short format writes: the lines before it
    /// are handed to the writer first, then it alone, the usual way).
    /// </summary>
    private static string MetersWithLongAmounts(int count) =>
        $$"""{"factorSet": "test-set", "electricity": [{{string.Join(",", Enumerable.Range(1, count).Select(i => i % 300 == 0
            ? $$"""{"amount": "123456789012345678901.{{i % 10}} MWh", "region": "CN-North"}"""
            : $$"""{"amount": "{{i}}.5 MWh", "region": "CN-North"}"""))}}]}""";

    private static List<string> Expand(CalculationResponse answer, CalculationResponse.TraceDto trace) =>
    [
        .. trace.Inputs.Select(Text),
        .. trace.Lines!.SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1)).Select(i => Text(answer.Lines![i])),
    ];

    private static string Text(TraceInput input) => $"{input.Field}={input.Value} {input.Unit}";

    public static TheoryData<string, bool> Inventories() => new()
    {
        { Everything, false },
        { Everything, true },
        { """{"factorSet": "test-set", "electricity": [{"amount": "7 MWh", "region": "CN"}]}""", false },
        { """{"factorSet": "test-set", "electricity": [{"amount": "7 MWh", "region": "CN"}]}""", true },
        { ManyKinds(), true },
        { MetersAndHeat(1500), true },
    };

    public static TheoryData<string> LargeInventories() => [Everything, ManyKinds(), MetersAndHeat(1500), Meters(1500), MetersWithRecords(1500), MetersWithLongAmounts(1500)];

    [Theory]
    [MemberData(nameof(Inventories))]
    public void Every_full_trace_is_rebuilt_from_the_summary_trace(string json, bool streamed)
    {
        var result = Run(json, streamed);
        var full = CalculationResponse.From(result, TraceDetail.Full);
        var summary = CalculationResponse.From(result, TraceDetail.Summary);

        Assert.Equal(full.Metrics.Count, summary.Metrics.Count);
        foreach (var (f, s) in full.Metrics.Zip(summary.Metrics))
        {
            Assert.Equal((f.Id, f.Site, f.Value, f.Unit), (s.Id, s.Site, s.Value, s.Unit));
            Assert.Equal(f.Trace!.Formula, s.Trace!.Formula);
            Assert.Equal(f.Trace.Factors, s.Trace.Factors);
            Assert.Equal(f.Trace.Notes, s.Trace.Notes);
            // A trace's lines are a multiset (the figures are sums): compared in order of text.
            Assert.Equal(f.Trace.Inputs.Select(Text).Order(StringComparer.Ordinal), Expand(summary, s.Trace).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(LargeInventories))]
    public void A_streamed_inventory_gets_the_lines_and_ranges_of_the_same_inventory_read_line_by_line(string json)
    {
        // The streamed lists are numbered as blocks (each list's lines in one go); the document's lines one by one.
        var streamed = CalculationResponse.From(RunStreamed(json), TraceDetail.Summary);
        var read = CalculationResponse.From(Run(json), TraceDetail.Summary);

        Assert.Equal(read.Lines!.Select(Text), streamed.Lines!.Select(Text));
        Assert.Equal(read.Lines!.Count, streamed.Lines!.Count);
        foreach (var (r, s) in read.Metrics.Zip(streamed.Metrics, (r, s) => (r.Trace!, s.Trace!)))
        {
            Assert.Equal(r.Inputs.Select(Text), s.Inputs.Select(Text));
            Assert.Equal(r.Lines, s.Lines);
        }
    }

    [Theory]
    [MemberData(nameof(LargeInventories))]
    public void Inputs_and_lines_written_from_the_inventory_are_the_bytes_the_serialiser_writes(string json)
    {
        var plain = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var converted = new JsonSerializerOptions(plain) { Converters = { new TraceInputJsonConverter(), new TraceInputListJsonConverter() } };
        var result = RunStreamed(json);

        foreach (var detail in new[] { TraceDetail.Summary, TraceDetail.Full })
        {
            var answer = CalculationResponse.From(result, detail);
            Assert.Equal(JsonSerializer.Serialize(answer, plain), JsonSerializer.Serialize(answer, converted));
        }
    }

    [Fact]
    public void The_meters_of_a_streamed_inventory_are_one_block_shared_by_every_trace_that_sums_them()
    {
        var answer = CalculationResponse.From(RunStreamed(MetersAndHeat(1500)), TraceDetail.Summary);

        // 1,500 electricity lines, then the 2 heat lines (first used by energy.heat, after energy.electricity).
        Assert.Equal(1502, answer.Lines!.Count);
        Assert.Equal("$.electricity[1499].amount=1500 MWh", Text(answer.Lines[1499]));
        Assert.Equal("$.heat[1].amount=30 GJ", Text(answer.Lines[1501]));
        Assert.Equal([new LineRange(0, 1499)], answer.Metrics.Single(m => m.Id == "energy.electricity").Trace!.Lines);
        Assert.Equal([new LineRange(0, 1501)], answer.Metrics.Single(m => m.Id == "ghg.scope2").Trace!.Lines);
    }

    [Fact]
    public void Each_input_line_appears_once_in_a_summary_answer_and_figures_are_named_not_copied()
    {
        var answer = CalculationResponse.From(Run(Everything), TraceDetail.Summary);

        // headcount + 2 fuels + 2 electricity + 1 renewable + 1 heat + 1 refrigerant + 3 waste + 2 water + dc-1's
        // facility, it and cooling + dc-2's facility and it = 18 lines, each once.
        Assert.Equal(18, answer.Lines!.Count);
        Assert.Equal(answer.Lines.Count, answer.Lines.Select(l => l.Field).Distinct().Count());
        Assert.All(answer.Lines, l => Assert.StartsWith("$.", l.Field, StringComparison.Ordinal));
        var indirect = answer.Metrics.Single(m => m.Id == "energy.indirect").Trace!;
        Assert.Equal(["energy.electricity", "energy.heat"], indirect.Inputs.Select(i => i.Field));
        Assert.Empty(indirect.Lines!);
    }

    [Fact]
    public void The_sums_of_1500_meters_are_recomputed_from_the_lines_their_summary_traces_refer_to()
    {
        var answer = CalculationResponse.From(Run(Meters(1500)));

        // Above 1,000 lines the summary is the default. Σ 1..1500 MWh = 1,125,750 MWh; × 0.6776 tCO2/MWh = 762,808.2 tCO2e.
        Assert.Equal(TraceDetail.Summary, answer.Detail);
        Assert.Equal(1500, answer.Lines!.Count);
        decimal SumOfLines(string id) => answer.Metrics.Single(m => m.Id == id).Trace!.Lines!
            .SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1))
            .Sum(i => decimal.Parse(answer.Lines[i].Value, CultureInfo.InvariantCulture));
        Assert.Equal(1_125_750m, SumOfLines("energy.electricity"));
        Assert.Equal("1125750", answer.Metrics.Single(m => m.Id == "energy.electricity").Value);
        var scope2 = answer.Metrics.Single(m => m.Id == "ghg.scope2");
        var grid = decimal.Parse(Assert.Single(scope2.Trace!.Factors).Value, CultureInfo.InvariantCulture);
        Assert.Equal(762_808.2m, SumOfLines("ghg.scope2") * grid);
        Assert.Equal(762_808.2m, decimal.Parse(scope2.Value, CultureInfo.InvariantCulture));
        Assert.Equal([new LineRange(0, 1499)], scope2.Trace.Lines);
    }

    [Fact]
    public void Up_to_1000_lines_the_default_is_the_full_trace_as_before()
    {
        var answer = CalculationResponse.From(Run(Meters(1000)));

        Assert.Equal(TraceDetail.Full, answer.Detail);
        Assert.Null(answer.Lines);
        Assert.Equal(1000, answer.Metrics.Single(m => m.Id == "energy.electricity").Trace!.Inputs.Count);
        Assert.Null(answer.Metrics.Single(m => m.Id == "energy.electricity").Trace!.Lines);
    }

    [Fact]
    public void No_trace_leaves_every_trace_out_and_keeps_the_figures()
    {
        var result = Run(Everything);

        var answer = CalculationResponse.From(result, TraceDetail.None);

        Assert.All(answer.Metrics, m => Assert.Null(m.Trace));
        Assert.Null(answer.Lines);
        Assert.Equal(result.Metrics.Select(m => m.ValueText), answer.Metrics.Select(m => m.Value));
    }

    [Fact]
    public void Market_based_scope_2_refers_to_each_electricity_line_its_renewable_part_and_the_heat_line_in_one_range()
    {
        var answer = CalculationResponse.From(Run(Everything), TraceDetail.Summary);
        var market = answer.Metrics.Single(m => m.Id == "ghg.scope2.market").Trace!;

        var range = Assert.Single(market.Lines!);
        Assert.Equal(
            ["$.electricity[0].amount", "$.electricity[0].renewable", "$.electricity[1].amount", "$.heat[0].amount"],
            Enumerable.Range(range.From, range.To - range.From + 1).Select(i => answer.Lines![i].Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_line_used_twice_by_one_trace_keeps_both_uses()
    {
        var a = new TraceInput("$.heat[0].amount", Emissions.Quantities.Measurement.Parse("2 GJ"));
        var b = new TraceInput("$.heat[1].amount", Emissions.Quantities.Measurement.Parse("3 GJ"));

        var split = new LineTable([]).Of([b, a, b]);

        Assert.Equal([new LineRange(0, 0), new LineRange(0, 1)], split.Lines);
    }

    [Fact]
    public void An_unknown_trace_detail_names_the_field_the_value_and_the_choices()
    {
        var ex = Assert.Throws<Emissions.Inventory.InputException>(() => TraceDetails.Parse("brief", "--trace"));

        Assert.Equal("--trace", ex.Path);
        Assert.Contains("'brief'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("one of none, summary, full", ex.Message, StringComparison.Ordinal);
    }
}
