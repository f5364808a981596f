using System.Text.Json;
using Emissions.Cli;
using Emissions.Factors.Loading;

using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

/// <summary>`emissions calculate --trace none|summary|full [--indent]`: how much trace a JSON answer carries, and its layout.</summary>
public sealed class CalculateTraceTests
{
    /// <summary>1 MWh, 2 MWh … <paramref name="count"/> MWh on the CN-North grid, 2022.</summary>
    private static string Meters(int count)
    {
        var file = Path.Combine(Path.GetTempPath(), $"emissions-meters-{count}-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, $$"""{"factorSet": "cn-2022", "electricity": [{{string.Join(",", Enumerable.Range(1, count).Select(i => $$"""{"amount": "{{i}} MWh", "region": "CN-North"}"""))}}]}""");
        return file;
    }

    [Fact]
    public void A_small_answer_keeps_full_indented_traces_by_default()
    {
        var (exit, output, _) = Run("calculate", Meters(3), "--format", "json");

        Assert.Equal(0, exit);
        Assert.StartsWith("{\n  \"metrics\": [", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.TryGetProperty("lines", out _));
        var electricity = json.RootElement.GetProperty("metrics")[0].GetProperty("trace");
        Assert.Equal(3, electricity.GetProperty("inputs").GetArrayLength());
    }

    [Fact]
    public void An_answer_of_more_than_1000_lines_is_a_compact_summary_with_each_line_once()
    {
        var (exit, output, _) = Run("calculate", Meters(1001), "--format", "json");

        Assert.Equal(0, exit);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1001, json.RootElement.GetProperty("lines").GetArrayLength());
        Assert.Equal("$.electricity[1000].amount", json.RootElement.GetProperty("lines")[1000].GetProperty("field").GetString());
        var scope2 = json.RootElement.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "ghg.scope2");
        // Σ 1..1001 MWh = 501,501 MWh × 0.6776 tCO2/MWh (cn-mee/electricity/2022:north) = 339,817.0776 tCO2e.
        Assert.Equal("339817.0776", scope2.GetProperty("value").GetString());
        var range = Assert.Single(scope2.GetProperty("trace").GetProperty("lines").EnumerateArray().ToList());
        Assert.Equal((0, 1000), (range.GetProperty("from").GetInt32(), range.GetProperty("to").GetInt32()));
        Assert.Equal(0, scope2.GetProperty("trace").GetProperty("inputs").GetArrayLength());
    }

    [Fact]
    public void Trace_full_and_indent_false_give_every_copy_on_one_line()
    {
        var (exit, output, _) = Run("calculate", Meters(1001), "--format", "json", "--trace", "full", "--indent", "false");

        Assert.Equal(0, exit);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1001, json.RootElement.GetProperty("metrics")[0].GetProperty("trace").GetProperty("inputs").GetArrayLength());
    }

    [Fact]
    public void Trace_none_with_indent_gives_the_figures_alone_indented()
    {
        var (exit, output, _) = Run("calculate", Meters(2), "--format", "json", "--trace", "none", "--indent");

        Assert.Equal(0, exit);
        Assert.Contains("\n    {\n      \"id\": \"energy.electricity\",", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.All(json.RootElement.GetProperty("metrics").EnumerateArray(), m => Assert.False(m.TryGetProperty("trace", out _)));
        Assert.Equal("3", json.RootElement.GetProperty("metrics")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void An_unknown_trace_detail_exits_2_naming_the_choices()
    {
        var (exit, output, error) = Run("calculate", Meters(1), "--format", "json", "--trace", "brief");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("'brief'", error, StringComparison.Ordinal);
        Assert.Contains("summary", error, StringComparison.Ordinal);
    }
}
