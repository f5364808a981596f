using System.Text;
using Emissions.Contract.Checks;
using Emissions.Factors.Loading;
using Emissions.Inventory;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification;

using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

/// <summary>
/// `emissions check` reads a JSON request as `POST /v1/checks` does: in one pass when it can (<see cref="CheckRequestUtf8Reader"/>),
/// else from its document. Which way a request took never shows: the answer, the error and the exit code are the
/// document way's. Each request the one-pass reader leaves is compared with the same request in the plain shape it reads.
/// </summary>
public sealed class CheckRequestOnePassTests
{
    // Energy of 106 MWh printed against 41 + 59 = 100 MWh: one material discrepancy (+6 %), exit 1.
    private const string Plain = """
        {"period": "2020", "figures": [
          {"id": "total", "metric": "energy.total", "value": "106", "unit": "MWh"},
          {"metric": "energy.direct", "value": "41", "unit": "MWh", "notes": ["table 3"]},
          {"metric": "energy.indirect", "value": 59, "unit": "MWh"}
        ]}
        """;

    private static bool ReadInOnePass(string json) =>
        CheckRequestUtf8Reader.TryRead(Encoding.UTF8.GetBytes(json), CheckRequestReader.MaxDepth, int.MaxValue, CheckRequestReader.DefaultMaxFigures) is not null;

    [Fact]
    public void The_usual_request_is_read_in_one_pass_and_answers_as_its_document_does()
    {
        Assert.True(ReadInOnePass(Plain));

        var (exit, output, error) = Run("check", TempJson(Plain), "--format", "json");

        Assert.Equal((1, ""), (exit, error));
        Assert.Contains("\"discrepant\"", output, StringComparison.Ordinal);
        var document = CheckRequestReader.Parse(Encoding.UTF8.GetBytes(Plain));
        Assert.Equal(new[] { "total", "energy.direct", "energy.indirect" }, document.Figures.Select(f => f.Key));
    }

    [Theory]
    [InlineData("an escaped field name", "\"value\": \"106\"", "\"v\\u0061lue\": \"106\"")]
    [InlineData("an amount object", "\"value\": \"106\", \"unit\": \"MWh\"", "\"value\": {\"value\": \"106\", \"unit\": \"MWh\"}")]
    [InlineData("an object in an annotation", "\"notes\": [\"table 3\"]", "\"notes\": [{\"table\": 3}]")]
    [InlineData("a comment", "\"period\": \"2020\",", "\"period\": \"2020\", /* printed on page 12 */")]
    [InlineData("a field given twice (the last counts)", "\"value\": \"106\"", "\"value\": \"1\", \"value\": \"106\"")]
    [InlineData("an annotation escaping half a surrogate pair", "\"period\": \"2020\",", "\"period\": \"2020\", \"notes\": \"\\ud800\",")]
    public void A_request_the_one_pass_reader_leaves_answers_as_its_plain_shape_does(string shape, string plain, string rarer)
    {
        var json = Plain.Replace(plain, rarer, StringComparison.Ordinal);
        Assert.True(json != Plain, shape);
        Assert.False(ReadInOnePass(json), shape);

        var answer = Run("check", TempJson(json), "--format", "json");

        Assert.Equal(Run("check", TempJson(Plain), "--format", "json"), answer);
    }

    [Fact]
    public void A_request_with_raw_inputs_answers_as_its_document_read_in_process_does()
    {
        // The inputs are checked too (a calculation from them), so the answer is not the plain request's.
        var json = Plain.Replace(
            "\"period\": \"2020\",",
            "\"period\": \"2020\", \"options\": {\"factorSet\": \"cn-2022\"}, \"inputs\": {\"electricity\": [{\"amount\": \"1000 MWh\", \"region\": \"CN\"}]},",
            StringComparison.Ordinal);
        Assert.False(ReadInOnePass(json));
        var library = FactorLibrary.Load(RepositoryFactors);
        var document = CheckRun.Run(
            CheckRequestReader.Parse(Encoding.UTF8.GetBytes(json)), library.Sets.Single(s => s.Id == "cn-2022"), new Dictionary<FactorReference, Quantity>(), new FactorCandidates(library.Factors));

        var (exit, output, error) = Run("check", TempJson(json), "--format", "json");

        Assert.Equal((document.HasMaterialDiscrepancy ? 1 : 0, ""), (exit, error));
        Assert.Equal(CheckReportJson.Write(document) + "\n", output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("\"value\": \"106\"", "\"value\": true")]
    [InlineData("\"value\": \"106\"", "\"value\": \"106\", \"colour\": \"red\"")]
    [InlineData("\"period\": \"2020\",", "\"period\": \"2020\", \"options\": {\"materiality\": \"150%\"},")]
    [InlineData("{\"metric\": \"energy.direct\"", "{\"id\": \"total\", \"metric\": \"energy.direct\"")]
    [InlineData("\"unit\": \"MWh\"}\n", "\"unit\": \"MWh\"},\n")]
    public void A_request_with_an_error_fails_with_its_document_message(string plain, string wrong)
    {
        var json = Plain.Replace(plain, wrong, StringComparison.Ordinal);
        Assert.True(json != Plain);
        var expected = Assert.Throws<InputException>(() => CheckRequestReader.Parse(Encoding.UTF8.GetBytes(json)));

        var (exit, output, error) = Run("check", TempJson(json), "--format", "json");

        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"emissions check: {expected.OneLineMessage}\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void More_figures_than_the_limit_fail_with_the_document_message()
    {
        var expected = Assert.Throws<InputException>(() => CheckRequestReader.Parse(Encoding.UTF8.GetBytes(Plain), maxFigures: 2));

        var (exit, _, error) = Run("check", TempJson(Plain), "--max-figures", "2");

        Assert.Equal(2, exit);
        Assert.Equal($"emissions check: {expected.OneLineMessage}\n", error.ReplaceLineEndings("\n"));
        Assert.Contains("at most 2 figures", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_past_the_documents_limit_fails_as_the_document_does()
    {
        var json = Plain.Replace("[\"table 3\"]", new string('[', 70) + new string(']', 70), StringComparison.Ordinal);
        var expected = Assert.Throws<InputException>(() => CheckRequestReader.Parse(Encoding.UTF8.GetBytes(json)));

        var (exit, _, error) = Run("check", TempJson(json));

        Assert.Equal(2, exit);
        Assert.Equal($"emissions check: {expected.OneLineMessage}\n", error.ReplaceLineEndings("\n"));
    }
}
