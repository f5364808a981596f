using Emissions.Contract.Checks;

namespace Emissions.Core.Tests.Contract.Checks;

public class CheckRequestReaderEquivalenceTests
{
    [Fact]
    public void The_byte_reader_gives_the_element_readers_request_or_error_for_every_corpus_request()
    {
        var differences = new List<string>();
        var count = 0;
        var lines = new List<string>();
        foreach (var (name, json) in CheckRequestCorpus.All())
        {
            count++;
            var before = CheckRequestCorpus.Outcome((j, max) => CheckRequestElementReader.Parse(j, max), json);
            var after = CheckRequestCorpus.Outcome((j, max) => CheckRequestReader.Parse(j, max), json);
            lines.Add($"{name}\t{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(before)))[..16]}");
            if (before != after)
            {
                differences.Add($"{name}: {json}\n  before: {before}\n  after:  {after}");
            }
        }

        File.WriteAllLines("/tmp/checkread-corpus-outcomes.txt", lines);
        File.WriteAllLines("/tmp/checkread-corpus-full.txt", CheckRequestCorpus.All().Select(c => c.Name + "\t" + CheckRequestCorpus.Outcome((j, max) => CheckRequestElementReader.Parse(j, max), c.Json).Replace("\n", "\\n", StringComparison.Ordinal)));
        Assert.True(differences.Count == 0, $"{differences.Count} of {count} differ:\n{string.Join("\n", differences.Take(20))}");
    }
}
