using System.Text;
using System.Text.Json.Nodes;
using Emissions.Contract.Checks;
using Emissions.Core.Tests.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// The service reads a check request from a body buffer it rents from a pool and hands back once the request is read
/// (issue 16): what the reader returns must keep nothing of those bytes.
/// </summary>
public class CheckRequestBufferTests
{
    [Fact]
    public void A_request_read_from_a_buffer_is_unchanged_when_the_buffer_is_reused_for_another_request()
    {
        // Kuaishou 2020 with its raw inputs, a relation, options with one-off factors and uncertainty, and a value given as an object.
        var root = JsonNode.Parse(Fixtures.Read("tests/fixtures/kuaishou-2020/report.json"))!.AsObject();
        root["inputs"] = JsonNode.Parse(Fixtures.Read("tests/fixtures/kuaishou-2020/inputs.json"));
        root["options"]!["factors"] = JsonNode.Parse("""{"absorption-rate[forest]": "67 kgCO2/(mu·day)"}""");
        root["options"]!["uncertainty"] = JsonNode.Parse("""{"figures": "2%", "named": {"electricity": "1%"}}""");
        root["figures"]!.AsArray().Add(JsonNode.Parse("""{"id": "heat_given", "metric": "energy.heat", "value": {"value": "20,256.68", "unit": "吉焦"}}"""));
        var json = root.ToJsonString();
        var buffer = new byte[Encoding.UTF8.GetMaxByteCount(json.Length)];
        var length = Encoding.UTF8.GetBytes(json, buffer);

        var request = CheckRequestReader.Read(buffer.AsMemory(0, length), CheckRequestCorpus.MaxFigures, default);
        var read = CheckRequestCorpus.Describe(request);
        var other = Encoding.UTF8.GetBytes(Fixtures.Read("tests/fixtures/douyin-2022/report.json"));
        buffer.AsSpan().Fill((byte)' ');
        other.CopyTo(buffer, 0);
        _ = CheckRequestReader.Read(buffer.AsMemory(0, other.Length), CheckRequestCorpus.MaxFigures, default);

        Assert.Equal(read, CheckRequestCorpus.Describe(request));
        Assert.Equal(CheckRequestCorpus.Describe(CheckRequestReader.Parse(json, CheckRequestCorpus.MaxFigures)), read);
        Assert.Contains("inputs {", read, StringComparison.Ordinal);
        Assert.Contains("heat_given | energy.heat | 20256.68 | 吉焦", read, StringComparison.Ordinal);
    }
}
