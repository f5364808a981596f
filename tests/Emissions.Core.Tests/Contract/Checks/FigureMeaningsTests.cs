using System.Runtime.CompilerServices;
using System.Text;
using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// A figure's metric and unit read without error are kept by the strings' identity, so that the same strings (the
/// reader's vocabulary gives the same instance for the same bytes) need no finding the next time; a figure read from
/// its bytes with a kept pair is the figure read without it, and a pair that was refused is never kept.
/// </summary>
public sealed class FigureMeaningsTests
{
    private static ReportedFigure FromBytes(string? metric, string value, string unit) => CheckRequestFields.BuildFigure(
        "f1", metric, Encoding.UTF8.GetBytes(value), unit, null, null, null, null, new ElementFieldPlace(LinePath.Of("$.figures", 0)), LinePath.Of("$.figures", 0));

    [Fact]
    public void A_pair_kept_is_found_by_the_same_strings_and_not_by_equal_strings_of_other_instances()
    {
        var meanings = new FigureMeanings();
        var metric = new string("energy.total".AsSpan());
        var unit = new string("兆瓦時".AsSpan());
        Assert.True(MetricCatalog.TryFind(metric, out var definition));
        var parsed = UnitParser.Parse(unit);

        var kind = FigureKind.Of(new Measurement(1m, parsed), definition!);

        meanings.Remember(metric, unit, definition, parsed, kind);

        Assert.True(meanings.TryGet(metric, unit, out var keptDefinition, out var keptUnit, out var keptKind));
        Assert.Same(definition, keptDefinition);
        Assert.Same(parsed, keptUnit);
        Assert.Same(kind, keptKind);
        Assert.False(meanings.TryGet(new string(metric.AsSpan()), unit, out _, out _, out _));
        Assert.False(meanings.TryGet(metric, new string(unit.AsSpan()), out _, out _, out _));
    }

    [Fact]
    public void A_figure_read_with_its_pair_kept_is_the_figure_read_before()
    {
        var metric = new string("energy.indirect.per-employee".AsSpan());
        var unit = new string("兆瓦時 / 人".AsSpan());

        var first = FromBytes(metric, "33.54", unit);
        var again = FromBytes(metric, "721,117.23", unit);

        Assert.Equal((33.54m, 2), (first.Printed.Value, first.Printed.Scale));
        Assert.Equal((721117.23m, 2), (again.Printed.Value, again.Printed.Scale));
        Assert.Same(first.Printed.Unit, again.Printed.Unit);
        Assert.Equal(Measurement.Parse("33.54", "兆瓦時 / 人"), first.Printed);
    }

    [Fact]
    public void A_unit_of_the_wrong_kind_is_refused_every_time_it_is_read()
    {
        var metric = new string("energy.total".AsSpan());
        var unit = new string("噸".AsSpan());

        var first = Assert.Throws<InputException>(() => FromBytes(metric, "1.5", unit));
        var again = Assert.Throws<InputException>(() => FromBytes(metric, "1.5", unit));

        Assert.Equal(first.Message, again.Message);
        Assert.Contains("a unit of", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_pair_with_a_value_the_bytes_do_not_read_is_still_refused_by_the_string_parse()
    {
        var metric = new string("energy.total".AsSpan());
        var unit = new string("兆瓦時".AsSpan());
        FromBytes(metric, "1.5", unit);

        var refused = Assert.Throws<InputException>(() => FromBytes(metric, "12,34", unit));

        Assert.Contains("value", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Four_pairs_whose_strings_hash_alike_are_all_kept()
    {
        // Units (no metric) whose runtime hashes agree in their low eight bits: one slot each held only the last of
        // them; a set of four keeps all four.
        var units = new List<string>();
        var byBits = new Dictionary<int, List<string>>();
        while (units.Count < 4)
        {
            var unit = new string("t".AsSpan());
            var bits = RuntimeHelpers.GetHashCode(unit) & 0xFF;
            var alike = byBits.TryGetValue(bits, out var known) ? known : byBits[bits] = [];
            alike.Add(unit);
            if (alike.Count == 4)
            {
                units = alike;
            }
        }

        var meanings = new FigureMeanings();
        var parsed = UnitParser.Parse("t");
        foreach (var unit in units)
        {
            meanings.Remember(null, unit, null, parsed, null);
        }

        Assert.All(units, unit => Assert.True(meanings.TryGet(null, unit, out _, out var kept, out _) && ReferenceEquals(parsed, kept)));
    }
}
