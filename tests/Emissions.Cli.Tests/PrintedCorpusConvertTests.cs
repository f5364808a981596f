using System.Globalization;

namespace Emissions.Cli.Tests;

/// <summary>`emissions convert` over tests/fixtures/printed-corpus: every printed string to its exact value, or exit 2 with its refusal.</summary>
public class PrintedCorpusConvertTests
{
    public static TheoryData<string, string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadAllLines(CorpusPath()).Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2], cells[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Convert_prints_the_exact_value_of_every_printed_string_or_refuses_it(string source, string printed, string target, string expected)
    {
        _ = source;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(["convert", printed, target], output, error);

        if (expected.StartsWith("refused: ", StringComparison.Ordinal))
        {
            Assert.Equal(2, exit);
            Assert.Contains(expected["refused: ".Length..], error.ToString(), StringComparison.Ordinal);
            return;
        }

        Assert.Equal(0, exit);
        var printedResult = output.ToString().Trim();
        Assert.EndsWith(" " + target, printedResult, StringComparison.Ordinal);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), decimal.Parse(printedResult[..printedResult.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture));
    }

    private static string CorpusPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Emissions.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "fixtures", "printed-corpus", "corpus.tsv");
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
