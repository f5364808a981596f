using System.Text.Json;
using Emissions.Api.Submissions;

namespace Emissions.Api.Tests.Service;

/// <summary>The input side of a revision diff: stored documents compared leaf by leaf, by JSON path.</summary>
public sealed class RevisionComparisonTests
{
    private static IReadOnlyList<InputChange> Compare(string from, string to)
    {
        using var a = JsonDocument.Parse(from);
        using var b = JsonDocument.Parse(to);
        return RevisionComparison.Inputs(a.RootElement, b.RootElement);
    }

    [Fact]
    public void A_changed_amount_an_added_line_and_a_removed_field_are_each_one_change_by_path()
    {
        var changes = Compare(
            """{"headcount": "21,499", "electricity": [{"amount": "715,200.83 MWh"}], "revenue": "1 CNY"}""",
            """{"headcount": "21,499", "electricity": [{"amount": "715,200.84 MWh"}, {"amount": "5 MWh"}]}""");

        Assert.Equal(
            [
                new InputChange("$.electricity[0].amount", "715,200.83 MWh", "715,200.84 MWh"),
                new InputChange("$.electricity[1].amount", null, "5 MWh"),
                new InputChange("$.revenue", "1 CNY", null),
            ],
            changes);
        Assert.Equal(["changed", "added", "removed"], changes.Select(c => c.What));
    }

    [Fact]
    public void Numbers_and_literals_compare_as_written_so_1_50_and_1_5_differ()
    {
        // Stored documents are canonical JSON that keeps a number as written: 1.50 printed is not 1.5 printed.
        Assert.Equal([new InputChange("$.a", "1.50", "1.5")], Compare("""{"a": 1.50, "b": true}""", """{"a": 1.5, "b": true}"""));
    }

    [Fact]
    public void Identical_documents_have_no_changes()
    {
        Assert.Empty(Compare("""{"a": [1, {"b": null}]}""", """{"a": [1, {"b": null}]}"""));
    }
}
