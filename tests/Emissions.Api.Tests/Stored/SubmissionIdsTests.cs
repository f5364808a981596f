using Emissions.Storage;

namespace Emissions.Api.Tests.Stored;

public class SubmissionIdsTests
{
    [Fact]
    public void Ids_made_in_one_millisecond_still_increase_in_the_order_they_were_made()
    {
        // Thousands of ids in a few milliseconds: many share a timestamp, whose random tails alone would order them at random.
        var ids = Enumerable.Range(0, 5_000).Select(_ => SubmissionIds.Next()).ToList();

        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}$", id));
    }

    [Fact]
    public void Ids_from_concurrent_callers_are_all_distinct()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 4_000, _ => ids.Add(SubmissionIds.Next()));

        Assert.Equal(4_000, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
