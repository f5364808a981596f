using System.Text.Json;
using Emissions.Cli;
using Emissions.Factors.Loading;

using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

public class CalculateCommandTests
{
    [Fact]
    public void Table_lists_each_metric_with_value_unit_and_formula()
    {
        var (exit, output, error) = Run("calculate", Fixture("kuaishou-2020/inputs-with-printed-totals.json"), "--factor-set", "cn-2020");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Matches(@"(?m)^ghg\.total\.per-employee\s+32\.29917671\s+tCO2e/person\s+ghg\.total / org\.headcount$", output);
        Assert.Matches(@"(?m)^energy\.indirect\s+721117\.23\s+MWh\s+given \(printed total\)$", output);
        Assert.Contains("values to 10 significant digits", output, StringComparison.Ordinal);
        Assert.Contains("important: energy.indirect: the given total 721117.23 兆瓦時 differs", output, StringComparison.Ordinal);
        Assert.Contains("note: factors from one secondary source or a third-party copy (9×)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_the_contract_response_with_exact_values_traces_and_the_pinned_set()
    {
        var (exit, output, _) = Run("calculate", Fixture("kuaishou-2020/inputs.json"), "--factor-set", "cn-2020", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("cn-2020", root.GetProperty("factorSet").GetProperty("id").GetString());
        Assert.Matches("^[0-9a-f]{64}$", root.GetProperty("factorSet").GetProperty("contentHash").GetString()!);
        var indirect = root.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "energy.indirect");
        Assert.Equal("720827.6855555555555555555556", indirect.GetProperty("value").GetString());
        Assert.Equal("MWh", indirect.GetProperty("unit").GetString());
        var scope1 = root.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "ghg.scope1");
        var factors = scope1.GetProperty("trace").GetProperty("factors").EnumerateArray().ToList();
        Assert.Contains(factors, f => f.GetProperty("id").GetString() == "cn-guideline/fuels/2024:diesel.carbon-content"
            && f.GetProperty("value").GetString() == "20.20" && f.GetProperty("verification").GetString() == "secondary");
    }

    [Fact]
    public void Csv_has_a_header_and_one_row_per_metric_with_the_exact_value_each_ending_crlf()
    {
        var (exit, output, _) = Run("calculate", Fixture("kuaishou-2020/inputs.json"), "--factor-set", "cn-2020", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.EndsWith("\r\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", output.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("metric,site,value,unit,formula,factors", lines[0]);
        Assert.Contains("org.headcount,,21499,person,given,", lines);
    }

    [Fact]
    public void A_bad_field_exits_2_with_one_line_naming_the_path_the_value_and_the_expectation()
    {
        var file = TempJson("""{"factorSet": "cn-2022", "fuels": [{"fuel": "diesel", "amount": "892.32 MWh/t"}]}""");

        var (exit, output, error) = Run("calculate", file);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("emissions calculate: $.fuels[0].amount: '892.32 MWh/t': expected a mass, volume or energy", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"factorSet": "cn-1999"}""", "emissions calculate: $.factorSet: there is no factor set 'cn-1999'; expected a factor set id, one of: cn-2020, cn-2021")]
    [InlineData("""{"fuels": []}""", "emissions calculate: $.factorSet: the request names no factor set, and has no \"region\" or electricity line")]
    [InlineData("""{"factorSet": "cn-2022", "headcount": "0", "waste": [{"category": "hazardous", "amount": "1 t"}]}""", "emissions calculate: $.headcount: '0 person': expected a positive headcount")]
    [InlineData("""{"factorSet": "cn-2022", "overrides": [{"factor": "cn-mee/electricity/2022:nowhere", "value": "0.5 tCO2/MWh"}]}""", "emissions calculate: $.overrides[0].factor: 'cn-mee/electricity/2022:nowhere'")]
    [InlineData("""{"factorSet": "cn-2022",""", "not valid JSON (line 1")]
    public void Bad_requests_exit_2_with_a_one_line_message(string json, string expected)
    {
        var (exit, _, error) = Run("calculate", TempJson(json));

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"factorSet": "cn-2022", "period": "2022", "heat": [{"amount": "100 GJ"}]}""",
        "emissions calculate: $.region: no region applies, so set 'cn-2022' cannot resolve it: no emission-factor for carrier heat, region GLOBAL, year 2022, basis (none) in set cn-2022; expected a \"region\" in the request (heat lines take the request's \"region\", else the country of its first electricity line), one of those set cn-2022 has emission-factor/heat for: CN (or a region within one of them: set cn-2022 falls back from a region to its country)")]
    [InlineData("""{"factorSet": "cn-2022", "period": "2022", "fuels": [{"fuel": "diesel", "amount": "10 t"}]}""",
        "emissions calculate: $.fuels[0].region: no region applies, so set 'cn-2022' cannot resolve it: no net-calorific-value for carrier diesel, region GLOBAL, year 2022, basis (none) in set cn-2022; expected a \"region\" on this line or the request, one of those set cn-2022 has net-calorific-value/diesel for: CN (or a region within one of them: set cn-2022 falls back from a region to its country)")]
    public void A_line_without_a_region_exits_2_naming_the_missing_region_and_the_regions_the_set_has(string json, string expected)
    {
        var (exit, output, error) = Run("calculate", TempJson(json));

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal(expected + "\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_file_exits_2_expecting_an_existing_file()
    {
        var (exit, _, error) = Run("calculate", "/no/such/file.json");

        Assert.Equal(2, exit);
        Assert.Equal("emissions calculate: /no/such/file.json: no such file; expected the path of an existing file (relative to the current directory, or absolute)\n",
            error.ReplaceLineEndings("\n"));
    }
}
