using System.Text.Json;
using Emissions.Calculation;
using Emissions.Core.Tests.Verification;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Calculation;

/// <summary>
/// The calculation and the catalogue are one: every <c>=</c> relation of every figure the calculator gives,
/// evaluated exactly over the calculator's other figures (same site; the fleet's for a fleet figure), equals the
/// figure: a figure's definition (its first relation) exactly, its other relations (identities such as
/// <c>dc.pue = 1 + dc.clf + dc.plf + dc.olf</c>) exactly up to the rounding of the divisions in them at decimal's 28
/// significant digits. Figures given as printed totals (ADR 0002) are the exception: the given value wins.
/// </summary>
public class CatalogueConsistencyTests
{
    /// <summary>Every input kind, two data-center sites with every part, a headcount, revenue and floor area.</summary>
    private const string Full = """
        {"period": "2022", "headcount": "21,499", "revenue": "58,776,000,000 CNY", "floorArea": "36,861 m²",
         "fuels": [{"fuel": "natural-gas", "amount": "273,431.40 m³"}, {"fuel": "diesel", "amount": "892.32 t"}, {"fuel": "diesel", "amount": "10 t"}],
         "electricity": [{"amount": "715,200.83 MWh", "region": "CN-North", "renewable": "1,000 MWh"}, {"amount": "12,000 MWh", "region": "CN"}],
         "heat": [{"amount": "20,256.68 GJ"}],
         "refrigerants": [{"gas": "R-410A", "released": "12 kg"}],
         "waste": [{"category": "hazardous", "amount": "1.07 t"}, {"category": "non-hazardous", "amount": "1.33 万吨"}],
         "water": {"withdrawal": "205.27 万吨", "discharge": "56.22 万吨"},
         "dataCenters": [
           {"id": "dc-1", "facility": "120,000 MWh", "it": "95,000 MWh", "cooling": "18,000 MWh", "powerLoss": "5,000 MWh",
            "water": "40,000 m³", "renewable": "10,000 MWh", "reused": "1,200 MWh", "region": "CN-North"},
           {"id": "dc-2", "facility": "61,000 MWh", "it": "47,000 MWh", "cooling": "9,100 MWh", "powerLoss": "2,300 MWh",
            "water": "21,000 t", "renewable": "3,000 MWh", "reused": "400 MWh", "region": "CN"}]}
        """;

    private static readonly Config Runs = PropertyRuns.Quick(200);

    public static TheoryData<string> FixtureInventories => new()
    {
        "tests/fixtures/kuaishou-2020/inputs.json",
        "tests/fixtures/kuaishou-2020/inputs-with-printed-totals.json",
    };

    [Theory]
    [MemberData(nameof(FixtureInventories))]
    public void Every_catalogue_relation_holds_exactly_on_a_fixture_inventorys_figures(string file)
    {
        var inventory = InventoryReader.Read(JsonDocument.Parse(Fixtures.Read(file)).RootElement);

        var held = AssertRelationsHold(inventory);

        // Kuaishou 2020 gives fuels, electricity, heat, waste, water and a headcount: at least energy.indirect, energy.total,
        // ghg.total, waste.total and their per-employee intensities are recomputed from the catalogue.
        Assert.Contains("energy.total.per-employee = energy.total / org.headcount", held);
        Assert.Contains("ghg.total.per-employee = ghg.total / org.headcount", held);
        Assert.Contains("waste.total = waste.hazardous + waste.non-hazardous", held);
    }

    [Fact]
    public void Every_catalogue_relation_holds_exactly_on_a_full_inventorys_figures()
    {
        var held = AssertRelationsHold(InventoryReader.Read(JsonDocument.Parse(Full).RootElement));

        string[] expected =
        [
            "energy.total = energy.direct + energy.indirect", "energy.indirect = energy.electricity + energy.heat",
            "ghg.total = ghg.scope1 + ghg.scope2", "waste.total = waste.hazardous + waste.non-hazardous",
            "ghg.total.per-revenue = ghg.total / org.revenue", "energy.total.per-floor-area = energy.total / org.floor-area",
            "dc.pue@dc-1 = dc.energy.facility / dc.energy.it", "dc.pue@dc-2 = 1 + dc.clf + dc.plf + dc.olf",
            "dc.energy.other@dc-2 = dc.energy.facility - dc.energy.it - dc.energy.cooling - dc.energy.power-loss",
            "dc.cue@dc-1 = dc.ghg / dc.energy.it", "dc.wue@dc-2 = dc.water / dc.energy.it", "dc.erf@dc-1 = dc.energy.reused / dc.energy.facility",
            "dc.ref@dc-2 = dc.energy.renewable / dc.energy.facility", "dc.pue = dc.energy.facility / dc.energy.it", "dc.olf = dc.energy.other / dc.energy.it",
            "dc.cue = dc.ghg / dc.energy.it",
        ];
        Assert.All(expected, relation => Assert.Contains(relation, held));
    }

    [Fact]
    public void Every_catalogue_relation_holds_exactly_on_random_valid_inventories()
    {
        Prop.ForAll(RandomInventories.Json.ToArbitrary(), json =>
            {
                AssertRelationsHold(InventoryReader.Read(JsonDocument.Parse(json).RootElement));
            })
            .Check(Runs);
    }

    /// <summary>Evaluates every `=` relation of every figure over the others and asserts exact equality; returns the relations that held, as "id[@site] = formula".</summary>
    internal static List<string> AssertRelationsHold(global::Emissions.Inventory.Inventory inventory)
    {
        var result = Calculator.Calculate(inventory, TestFactorSet.ChineseDefaults());
        var held = new List<string>();
        foreach (var figure in result.Metrics)
        {
            if (figure.Site is null && inventory.Totals.ContainsKey(figure.Id))
            {
                continue;
            }

            var relations = MetricCatalog.Find(figure.Id).Relations.Where(r => r.Kind == RelationKind.Equal).ToList();
            foreach (var relation in relations)
            {
                if (relation.Formula.References().Any(name => result.Find(name, figure.Site) is null))
                {
                    continue;
                }

                var evaluated = Metrics.Formulas.Evaluate(relation.Formula, ExactArithmetic.Instance, name => result.Find(name, figure.Site)!.Quantity);
                var expected = KindCoercion.ToKind(evaluated, MetricCatalog.Find(figure.Id), out _);
                var exact = relation == relations[0];
                Assert.True(exact ? expected == figure.Quantity : WithinDivisionRounding(expected, figure.Quantity),
                    $"{figure.Field}: {relation.Text} gives {expected.CanonicalValue} {expected.Dimension}, the calculator {figure.Quantity.CanonicalValue} {figure.Quantity.Dimension}");
                held.Add(figure.Site is null ? relation.Text : $"{figure.Id}@{figure.Site} = {relation.Formula}");
            }
        }

        // A random inventory may give no figure whose relations all have their operands (fuels alone: energy.total
        // without energy.indirect); the fixture tests assert which relations held.
        return held;
    }

    /// <summary>Same kind, and equal to within a few units of the 28th significant digit (each ratio summed in an identity is rounded there).</summary>
    private static bool WithinDivisionRounding(Quantity a, Quantity b) =>
        a.Dimension == b.Dimension && Math.Abs(a.CanonicalValue - b.CanonicalValue) <= Math.Max(Math.Abs(a.CanonicalValue), 1m) * 1e-26m;
}
