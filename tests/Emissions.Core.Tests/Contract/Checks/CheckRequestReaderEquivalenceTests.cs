using System.Security.Cryptography;
using System.Text;
using Emissions.Contract.Checks;
using Emissions.Core.Tests.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// The reader on the request's bytes against the element reader it replaced (issue 16): check-request-corpus.outcomes
/// holds, per corpus request, the first 16 hex digits of the SHA-256 of what the element reader (a JsonDocument of the
/// whole request, walked element by element) gave for it: the whole request model, or the error's path, value,
/// expectation and kind. Both readers were run on the corpus side by side before the element reader was deleted.
/// </summary>
/// <remarks>
/// A change to a message or a rule on purpose changes outcomes: set EMISSIONS_WRITE_CORPUS=1 to rewrite the file from
/// this reader, and say why in the commit.
/// </remarks>
public class CheckRequestReaderEquivalenceTests
{
    private const string Outcomes = "tests/Emissions.Core.Tests/Contract/Checks/check-request-corpus.outcomes";

    [Fact]
    public void Every_corpus_request_reads_to_the_model_or_error_the_element_reader_gave()
    {
        var expected = File.ReadAllLines(Path.Combine(Fixtures.RepositoryRoot, Outcomes))
            .Select(line => line.Split('\t'))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        var actual = CheckRequestCorpus.All()
            .Select(c => (c.Name, Outcome: CheckRequestCorpus.Outcome((json, max) => CheckRequestReader.Parse(json, max), c.Json)))
            .ToList();
        if (Environment.GetEnvironmentVariable("EMISSIONS_WRITE_CORPUS") == "1")
        {
            File.WriteAllLines(Path.Combine(Fixtures.RepositoryRoot, Outcomes), actual.Select(a => $"{a.Name}\t{Hash(a.Outcome)}"));
            return;
        }

        var differences = actual.Where(a => !expected.TryGetValue(a.Name, out var hash) || hash != Hash(a.Outcome))
            .Select(a => $"{a.Name}: {a.Outcome}")
            .ToList();
        Assert.Equal(expected.Count, actual.Count);
        Assert.True(differences.Count == 0, $"{differences.Count} of {actual.Count} differ:\n{string.Join("\n", differences.Take(10))}");
    }

    [Fact]
    public void The_corpus_reaches_errors_of_every_part_of_a_request_and_valid_requests()
    {
        var outcomes = CheckRequestCorpus.All().Select(c => CheckRequestCorpus.Outcome((json, max) => CheckRequestReader.Parse(json, max), c.Json)).ToList();

        Assert.True(outcomes.Count(o => o.StartsWith("org ", StringComparison.Ordinal)) > 300);
        foreach (var place in new[] { "error $ |", "error $.figures |", "error $.figures[", "error $.relations[", "error $.options.", "error $.inputs |", "error $.organization |" })
        {
            Assert.Contains(outcomes, o => o.StartsWith(place, StringComparison.Ordinal));
        }
    }

    private static string Hash(string outcome) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(outcome)))[..16];
}
