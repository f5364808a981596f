using System.Text;
using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// A figure read from a request carries its metric's kind as the reader found it, so that checking does not find the
/// metric and its kind again: the figure is still equal to the same figure made in code, it reads the same in a
/// relation, and a figure changed after reading has its kind worked out for what it now prints.
/// </summary>
public sealed class KnownKindTests
{
    private static ReportedFigure Read(string metric, string value, string unit) => CheckRequestFields.BuildFigure(
        "f1", new string(metric.AsSpan()), Encoding.UTF8.GetBytes(value), new string(unit.AsSpan()), null, null, null, null,
        new ElementFieldPlace(LinePath.Of("$.figures", 0)), source: null);

    [Fact]
    public void A_figure_read_with_its_kind_equals_and_hashes_as_the_same_figure_made_in_code()
    {
        var read = Read("water.withdrawal", "1,200", "噸");
        var made = new ReportedFigure("f1", "water.withdrawal", Measurement.Parse("1,200", "噸"));

        Assert.Equal(made, read);
        Assert.Equal(made.GetHashCode(), read.GetHashCode());
    }

    [Fact]
    public void Water_read_in_tonnes_enters_a_catalogue_relation_as_cubic_metres()
    {
        // 1,200 噸 of water is 1,200 m³ (the metric's kind); the canonical unit of volume is the cubic metre.
        var operand = Operand.ForCatalogue(Read("water.withdrawal", "1,200", "噸"), 0.05m);

        Assert.NotNull(operand);
        Assert.Equal(Dimension.VolumeDim, operand.Dimension);
        Assert.Equal(1_200m, operand.Face.CanonicalValue);
        Assert.Equal(Operand.ForCatalogue(new ReportedFigure("f1", "water.withdrawal", Measurement.Parse("1,200", "噸")), 0.05m)!.Note, operand.Note);
    }

    [Fact]
    public void A_figure_changed_after_reading_has_the_kind_of_what_it_now_prints()
    {
        var read = Read("energy.total", "1,200", "兆瓦時");

        // 3.6 GJ is 1 MWh, 1,000 kWh in the canonical unit of energy; a pure number cannot stand for energy at all.
        var inGigajoules = Operand.ForCatalogue(read with { Printed = Measurement.Parse("3.6", "GJ") }, 0.05m);
        var asPercent = Operand.ForCatalogue(read with { Printed = Measurement.Parse("5", "%") }, 0.05m);
        var asWater = Operand.ForCatalogue(read with { Metric = "water.withdrawal", Printed = Measurement.Parse("1,200", "噸") }, 0.05m);

        Assert.Equal(1_200_000m, Operand.ForCatalogue(read, 0.05m)!.Face.CanonicalValue);
        Assert.Equal(1_000m, inGigajoules!.Face.CanonicalValue);
        Assert.Null(asPercent);
        Assert.Equal((Dimension.VolumeDim, 1_200m), (asWater!.Dimension, asWater.Face.CanonicalValue));
    }

    [Fact]
    public void A_headcount_read_as_a_bare_number_is_persons()
    {
        var read = CheckRequestFields.BuildFigure(
            "staff", "org.headcount", "21,499"u8, null, null, null, null, null, new ElementFieldPlace(LinePath.Of("$.figures", 0)), source: null);

        var operand = Operand.ForCatalogue(read, 0.05m);

        Assert.Equal((Dimension.PersonDim, 21_499m), (operand!.Dimension, operand.Face.CanonicalValue));
    }
}
