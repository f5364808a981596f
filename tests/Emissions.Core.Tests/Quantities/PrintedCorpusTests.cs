using System.Globalization;
using System.Text.Json;
using Emissions.Contract.Checks;
using Emissions.Core.Tests.Verification;
using Emissions.Inventory;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// tests/fixtures/printed-corpus: 641 printed strings (365 figures printed in the four seed reports, cited by line; 276
/// constructed rows using publications' unit spellings; sources in its README), each read by the quantity parser, the
/// check reader and the calculation reader alike, to its exact value or to its refusal.
/// </summary>
public class PrintedCorpusTests
{
    private static readonly string[] SeedReports = ["bytedance-2020-csr", "douyin-2022-csr", "kuaishou-2019-csr", "kuaishou-2020-esg"];

    public static TheoryData<string, string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var cells in Cells())
        {
            data.Add(cells[0], cells[1], cells[2], cells[3]);
        }

        return data;
    }

    private static IEnumerable<string[]> Cells() =>
        Fixtures.Read("tests/fixtures/printed-corpus/corpus.tsv").Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));

    [Fact]
    public void The_corpus_has_at_least_300_printed_strings_each_with_a_source() =>
        Assert.True(Rows().Count >= 300);

    [Fact]
    public void At_least_300_rows_are_figures_printed_in_a_seed_report_cited_by_line()
    {
        // key:<line> names the seed report and the line printing the figure (README.md lists the four keys);
        // the constructed convention rows carry a bare publication key and do not count.
        var cited = Cells().Count(cells => IsSeedCitation(cells[0]));

        Assert.True(cited >= 300, $"{cited} rows cite a seed report line");
    }

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

    private static bool IsSeedCitation(string source)
    {
        var parts = source.Split(':');
        return parts.Length == 2 && SeedReports.Contains(parts[0])
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line > 0;
    }

    private static void AssertReads(Func<Measurement> read, string target, string expected)
    {
        if (expected.StartsWith("refused: ", StringComparison.Ordinal))
        {
            var ex = Assert.ThrowsAny<Exception>(() => read());
            Assert.True(ex is QuantityException or InputException, ex.GetType().Name);
            // The pointer to the decimal-comma format is a hint each surface words, not part of Core's message.
            var hint = (ex as QuantityException ?? ex.InnerException as QuantityException)?.Hint;
            var described = hint == QuantityHint.DecimalComma ? $"{ex.Message} (hint: decimal-comma)" : ex.Message;
            Assert.Contains(expected["refused: ".Length..], described, StringComparison.Ordinal);
            return;
        }

        var value = read().ConvertTo(target).Value;

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }
}
