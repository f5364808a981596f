using Emissions.Metrics;
using Emissions.Verification;
using Emissions.Verification.Checking;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// A metric's catalogue relations, worked out once per metric and shared by every request: the catalogue's relations in
/// its order, each with the shape and text its own formula gives.
/// </summary>
public class MetricRelationsTests
{
    public static TheoryData<string> MetricIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in MetricCatalog.AllWithIntensities().Select(m => m.Id).Distinct())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MetricIds))]
    public void Every_metric_has_its_catalogue_relations_in_order_with_their_shapes_and_texts(string metric)
    {
        var expected = MetricCatalog.RelationsFor(metric);

        var relations = MetricRelations.For(metric);

        Assert.Equal(expected.Count, relations.Length);
        for (var i = 0; i < relations.Length; i++)
        {
            Assert.Same(expected[i], relations[i].Relation);
            Assert.Same(FormulaShape.Of(expected[i].Formula), relations[i].Shape);
            Assert.Equal(expected[i].Text, relations[i].Text);
        }
    }

    [Fact]
    public void Total_energy_is_the_sum_of_direct_and_indirect_energy()
    {
        var sum = Assert.Single(MetricRelations.For("energy.total"), r => r.Text == "energy.total = energy.direct + energy.indirect");

        Assert.Equal(["energy.direct", "energy.indirect"], sum.Shape.Names);
    }

    [Fact]
    public void Later_lookups_share_the_first_list()
    {
        Assert.Same(MetricRelations.For("ghg.total.per-employee"), MetricRelations.For("ghg.total.per-employee"));
    }

    [Fact]
    public void An_id_outside_the_catalogue_has_no_relations()
    {
        Assert.Empty(MetricRelations.For("no.such-metric"));
    }
}
