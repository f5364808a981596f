using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Emissions.Quantities;

namespace Emissions.Cli.Tests;

/// <summary>
/// `emissions units`: the list of unit spellings GET /v1/units answers, as a table or as the service's JSON, whole or
/// of one kind; an unknown kind is one line naming it and the kinds there are.
/// </summary>
public sealed class UnitsCommandTests
{
    // The service's JSON settings (web names, nulls left out, text not \u-escaped), with the reflection resolver rather
    // than either front end's generated context: the bytes GET /v1/units answers for the same list.
    private static readonly JsonSerializerOptions ServiceJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    // units reads no factors, so not through CliHarness.Run (which adds --factors).
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["units", .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_table_lists_du_as_energy_of_scale_one_and_mu_as_an_exact_fraction_of_a_square_metre()
    {
        var (exit, output, error) = Run();

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Matches("(?m)^SYMBOL +NAME +KIND +CANONICAL +SCALE$", output);
        Assert.Matches("(?m)^度 +kilowatt hour +Energy +kWh +1$", output);
        Assert.Matches("(?m)^J +joule +Energy +kWh +1/3600000$", output);
        Assert.Matches("(?m)^亩 +mu +Area +m² +2000/3$", output);
        Assert.Matches("(?m)^噸 +tonne +Mass +kg +1000$", output);
        Assert.Matches("(?m)^MT +tonne +Mass +kg +1000$", output);
        Assert.Matches("(?m)^MT +'MT' read as metric tons \\(1 MT = 1 t = 1000 kg\\)", output);
        Assert.Matches("(?m)^万 +ten thousand +10000$", output);
        Assert.Matches("(?m)^gal +'US gal', 'imp gal' +US gallons \\(3\\.785411784 L\\) or imperial gallons \\(4\\.54609 L\\)$", output);
        var all = UnitListing.All;
        Assert.Contains(
            $"{all.Units.Count} spellings of {all.Units.Select(u => u.Kind).Distinct().Count()} kinds, {all.ScaleWords.Count} scale words, {all.Ambiguous.Count} ambiguous spellings;",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_has_one_row_per_spelling_caveat_scale_word_and_ambiguous_spelling()
    {
        var (_, output, _) = Run();

        var all = UnitListing.All;
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var caveats = all.Units.Count(u => u.Caveat is not null);

        // Four header rows, the rows, and the summary line.
        Assert.InRange(caveats, 2, all.Units.Count - 1);
        Assert.Equal(4 + all.Units.Count + caveats + all.ScaleWords.Count + all.Ambiguous.Count + 1, lines.Length);
    }

    [Fact]
    public void Kind_lists_only_that_kinds_spellings_with_every_scale_word_and_its_ambiguous_spellings()
    {
        var (exit, output, error) = Run("--kind", "Energy");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Matches("(?m)^度 +kilowatt hour +Energy +kWh +1$", output);
        Assert.DoesNotMatch("(?m)^亩 ", output);
        Assert.DoesNotMatch("(?m)^t ", output);
        Assert.Matches("(?m)^亿 +hundred million +100000000$", output);
        Assert.Matches("(?m)^MBtu +'kBtu', 'MMBtu' ", output);
        Assert.DoesNotMatch("(?m)^gal ", output);
        Assert.DoesNotMatch("(?m)^tons ", output);

        var energy = UnitListing.All.Units.Count(u => u.Kind == "Energy");
        var table = output[..output.IndexOf("\n\n", StringComparison.Ordinal)].Split('\n').Skip(1).ToList();
        Assert.Equal(energy, table.Count);
        Assert.All(table, row => Assert.Contains(" Energy ", row, StringComparison.Ordinal));
        Assert.Contains($"{energy} spellings of 1 kind,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_ignores_case_and_money_is_every_currency()
    {
        Assert.Equal(Run("--kind", "Energy").Output, Run("--kind", "energy").Output);

        var (exit, output, _) = Run("--kind", "Money");

        Assert.Equal(0, exit);
        Assert.Matches("(?m)^元 +yuan +Money\\(CNY\\) +CNY +1$", output);
        Assert.Matches("(?m)^USD +US dollar +Money\\(USD\\) +USD +1$", output);
        Assert.DoesNotMatch("(?m)^度 ", output);
    }

    [Fact]
    public void An_unknown_kind_is_one_line_naming_it_and_the_kinds_exit_2()
    {
        var (exit, output, error) = Run("--kind", "Enrgy");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("emissions units: --kind 'Enrgy': expected one of Area, Carbon, Co2e, Count, Duration, Energy, Length, Mass, Money, Money(CNY), ", line, StringComparison.Ordinal);
        Assert.EndsWith(", Power, Ratio, Volume", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_the_services_answer_body_for_the_same_list()
    {
        var (exit, output, error) = Run("--format", "json");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(JsonSerializer.Serialize(UnitListing.All, ServiceJson) + Environment.NewLine, output);
        Assert.StartsWith("{\"units\":[{\"symbol\":", output, StringComparison.Ordinal);
        Assert.Contains("{\"symbol\":\"度\",\"name\":\"kilowatt hour\",\"kind\":\"Energy\",\"canonicalUnit\":\"kWh\",\"canonicalScale\":\"1\",\"canonicalFactor\":\"1\"}", output, StringComparison.Ordinal);
        Assert.Contains("{\"word\":\"万\",\"name\":\"ten thousand\",\"factor\":\"10000\"}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_of_a_kind_holds_that_kinds_spellings_only()
    {
        var (exit, output, _) = Run("--kind", "Area", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var kinds = json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("kind").GetString()).Distinct().ToList();
        Assert.Equal(["Area"], kinds);
        Assert.Contains(json.RootElement.GetProperty("units").EnumerateArray(), u => u.GetProperty("symbol").GetString() == "亩" && u.GetProperty("canonicalScale").GetString() == "2000/3");
        Assert.Equal(UnitListing.All.ScaleWords.Count, json.RootElement.GetProperty("scaleWords").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("ambiguous").GetArrayLength());
    }

    [Fact]
    public void Indent_writes_the_same_json_on_several_lines()
    {
        var (_, compact, _) = Run("--format", "json");
        var (exit, indented, _) = Run("--format", "json", "--indent");

        Assert.Equal(0, exit);
        Assert.True(indented.Split('\n').Length > 1000);
        using var a = JsonDocument.Parse(compact);
        using var b = JsonDocument.Parse(indented);
        Assert.True(JsonElement.DeepEquals(a.RootElement, b.RootElement));
    }
}
