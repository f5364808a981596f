using System.Text;
using Emissions.Verification;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// A posted check is read from its bytes in one pass only when the document way would read the same request; every
/// other body (all the wrong ones) is left to the document way, which refuses it with the message it always gave.
/// </summary>
public sealed class CheckRequestUtf8ReaderTests
{
    [Fact]
    public void Every_corpus_request_read_from_its_bytes_is_the_request_its_document_gives()
    {
        var differences = new List<string>();
        var read = 0;
        var refused = 0;
        var all = CheckRequestCorpus.All().ToList();
        foreach (var (name, json) in all)
        {
            // The edge cases meet the corpus's small limit; the reports' mutations are read within the service's.
            var limit = name.StartsWith("edge-", StringComparison.Ordinal) ? CheckRequestCorpus.MaxFigures : 10_000;
            var document = CheckRequestCorpus.ReadDocument(json, limit);
            refused += document.StartsWith("error ", StringComparison.Ordinal) || document.StartsWith("framing ", StringComparison.Ordinal) ? 1 : 0;
            if (CheckRequestCorpus.ReadBytes(json, limit) is not { } fromBytes)
            {
                continue;
            }

            read++;
            var bytes = CheckRequestCorpus.Describe(fromBytes);
            if (bytes != document)
            {
                differences.Add($"{name}: {json}\n  document: {document}\n  bytes:    {bytes}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {read} read from bytes differ:\n{string.Join("\n", differences.Take(10))}");

        // Not a reader that leaves everything to the document way: most requests the document way reads are read from bytes.
        Assert.True(read * 2 > all.Count - refused, $"{read} of {all.Count - refused} readable requests read from their bytes ({refused} refused)");
        Console.WriteLine($"{all.Count} requests: {refused} refused, {read} of the {all.Count - refused} others read from their bytes");
    }

    [Theory]
    [InlineData("kuaishou-2020", 25, 1)]
    [InlineData("kuaishou-2019", -1, -1)]
    [InlineData("douyin-2022", -1, -1)]
    [InlineData("bytedance-2020", -1, -1)]
    public void The_fixture_reports_are_read_from_their_bytes(string report, int figures, int relations)
    {
        var json = Infrastructure.Repository.Read($"tests/fixtures/{report}/report.json");

        // The service's own limit (Limits:MaxFigures): the corpus's small one is below the reports' entries.
        var request = CheckRequestCorpus.ReadBytes(json, 10_000);

        Assert.NotNull(request);
        Assert.Equal(CheckRequestCorpus.ReadDocument(json, 10_000), CheckRequestCorpus.Describe(request));
        if (figures >= 0)
        {
            // Kuaishou 2020 ESG report, table 2020 年度排放與廢棄物數據 line 1173: total GHG 69.44 萬噸; 25 figures, 1 relation.
            Assert.Equal(figures, request.Figures.Count);
            Assert.Equal(relations, request.Relations.Count);
            Assert.Equal(("ghg_total", 69.44m, "萬噸"), (request.Figures[0].Id, request.Figures[0].Printed.Value, request.Figures[0].Printed.Unit.Symbol));
            Assert.Equal(("$.figures[0]", "cn-2022", 0.05m), (request.Figures[0].Source, request.Options.FactorSet, request.Options.Materiality));
        }
    }

    [Theory]
    [InlineData("""{"figures": [{"id": "a", "value": "1", "value": "2"}]}""", "framing $.figures[0].value")]
    [InlineData("""{"figures": [{"id": "a", "value": "1", "notes": [1], "notes": [2]}]}""", "framing $.figures[0].notes")]
    [InlineData("""{"figures": [{"id": "a", "value": "1"}], "figures": []}""", "framing $.figures")]
    [InlineData("""{"figures": [{"id": "a", "value": "1"}]} {}""", "framing $")]
    [InlineData("""{"figures": [{"id": "a", "value": "1"}], "notes": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]}""", "framing $.notes[29]")]
    [InlineData("""{"figures": [{"id": "a", "value": true}]}""", "error $.figures[0].value")]
    [InlineData("""{"figures": [{"id": "a", "value": "1"}], "options": {"materiality": "150%"}}""", "error $.options.materiality")]
    [InlineData("""{"figures": [{"id": "a", "value": "1 t"}, {"id": "a", "value": "2 t"}]}""", "error $.figures[1].id")]
    [InlineData("""{"figures": [{"id": "a", "value": "1"}], "relations": [{"id": "r", "metric": "b", "formula": "a"}]}""", "error $.relations[0].metric")]
    public void A_request_the_document_way_refuses_is_left_to_it(string json, string refusal)
    {
        Assert.Null(CheckRequestCorpus.ReadBytes(json));
        Assert.StartsWith(refusal + " |", CheckRequestCorpus.ReadDocument(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_only_a_lenient_reader_would_take_is_left_to_the_document_way_which_names_the_fault()
    {
        var faults = CheckRequestCorpus.StrictJsonFaults;
        foreach (var fault in faults.SkipLast(2))
        {
            var json = """{"figures": [{"id": "a", "value": "1", "unit": "t"}, """ + fault + "]}";
            var document = CheckRequestCorpus.ReadDocument(json);

            Assert.True(CheckRequestCorpus.ReadBytes(json) is null, $"read from bytes: {json}");
            Assert.True(document.StartsWith("framing $", StringComparison.Ordinal) || document.StartsWith("error $.figures[1]", StringComparison.Ordinal), $"{json}\n  {document}");
        }

        // The two strict forms of the list, read from bytes as the document reads them: -0.5e-2 t, and an annotation of every scalar.
        foreach (var strict in faults.TakeLast(2))
        {
            var json = """{"figures": [{"id": "a", "value": "1", "unit": "t"}, """ + strict + "]}";
            var request = CheckRequestCorpus.ReadBytes(json);

            Assert.NotNull(request);
            Assert.Equal(CheckRequestCorpus.ReadDocument(json), CheckRequestCorpus.Describe(request));
        }

        Assert.Equal(-0.005m, CheckRequestCorpus.ReadBytes("""{"figures": [""" + faults[^2] + "]}")!.Figures[0].Printed.Value);
    }

    [Fact]
    public void Nesting_past_the_limit_in_an_annotation_is_left_to_the_document_way()
    {
        var json = """{"figures": [{"id": "a", "value": "1", "notes": """ + new string('[', 62) + new string(']', 62) + "}]}";

        Assert.Null(CheckRequestCorpus.ReadBytes(json));
        Assert.StartsWith("framing $.figures[0].notes", CheckRequestCorpus.ReadDocument(json), StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_that_is_not_utf8_is_left_to_the_document_way()
    {
        var body = Encoding.UTF8.GetBytes("""{"figures": [{"id": "a", "value": "1", "label": "x"}]}""");
        body[Array.IndexOf(body, (byte)'x')] = 0xFF;

        Assert.Null(Emissions.Contract.Checks.CheckRequestUtf8Reader.TryRead(body, CheckRequestCorpus.MaxDepth, CheckRequestCorpus.MaxFigures, CheckRequestCorpus.MaxFigures));
    }

    [Theory]
    [InlineData("""{"figures": [{"id": "a", "value": "1"}], "inputs": {"period": "2020"}}""")]
    [InlineData("""{"figures": [{"id": "a", "value": "1"}], "options": {"factors": {"absorption-rate[forest]": "67 kgCO2/(mu·day)"}}}""")]
    [InlineData("""{"figures": [{"id": "a", "value": "1"}], "options": {"uncertainty": {"figures": "2%"}}}""")]
    [InlineData("""{"figures": [{"id": "a", "value": {"value": "5", "unit": "t"}}]}""")]
    [InlineData("""{"figures": [{"id": "a", "v\u0061lue": "1"}]}""")]
    [InlineData("""{"figures": [{"id": "a", "value": "1", "notes": [{"page": 3}]}]}""")]
    public void A_valid_request_of_a_rarer_shape_is_read_the_document_way(string json)
    {
        Assert.Null(CheckRequestCorpus.ReadBytes(json));
        Assert.StartsWith("org ", CheckRequestCorpus.ReadDocument(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_values_and_numbers_as_printed_are_read_from_bytes()
    {
        var request = CheckRequestCorpus.ReadBytes("""{"figures": [{"id": "a", "value": "\u0031,234.50", "unit": "\u842C\u5678"}, {"id": "b", "value": 1.20}]}""");

        Assert.NotNull(request);
        Assert.Equal((1234.50m, "萬噸"), (request.Figures[0].Printed.Value, request.Figures[0].Printed.Unit.Symbol));
        Assert.Equal("1.20", request.Figures[1].Printed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
