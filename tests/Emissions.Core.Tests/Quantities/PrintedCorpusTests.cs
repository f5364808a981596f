using System.Globalization;
using System.Text.Json;
using Emissions.Core.Tests.Verification;
using Emissions.Inventory;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// tests/fixtures/printed-corpus: 306 strings as real reports print them (sources in its README), each read by the
/// quantity parser, the check reader and the calculation reader alike, to its exact value or to its refusal.
/// </summary>
public class PrintedCorpusTests
{
    public static TheoryData<string, string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in Fixtures.Read("tests/fixtures/printed-corpus/corpus.tsv").Split('\n').Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2], cells[3]);
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_300_printed_strings_each_with_a_source() =>
        Assert.True(Rows().Count >= 300);

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_quantity_parser_reads_the_printed_string_exactly(string source, string printed, string target, string expected)
    {
        Assert.False(string.IsNullOrWhiteSpace(source));
        AssertReads(() => Measurement.Parse(printed), target, expected);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_check_reader_reads_the_printed_string_exactly(string source, string printed, string target, string expected)
    {
        _ = source;
        var json = JsonSerializer.Serialize(new { figures = new[] { new { id = "f", value = printed } } });

        AssertReads(() => CheckRequestReader.Parse(json).Figures[0].Printed, target, expected);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void The_calculation_reader_reads_the_printed_string_exactly(string source, string printed, string target, string expected)
    {
        _ = source;
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(printed));

        AssertReads(() => JsonInput.ReadAmount(document.RootElement, "$.amount").Measurement, target, expected);
    }

    private static void AssertReads(Func<Measurement> read, string target, string expected)
    {
        if (expected.StartsWith("refused: ", StringComparison.Ordinal))
        {
            var ex = Assert.ThrowsAny<Exception>(() => read());
            Assert.True(ex is QuantityException or InputException, ex.GetType().Name);
            Assert.Contains(expected["refused: ".Length..], ex.Message, StringComparison.Ordinal);
            return;
        }

        var value = read().ConvertTo(target).Value;

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }
}
