using System.Text;
using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Core.Tests.Contract.Checks;

/// <summary>
/// The one-pass reader keeps one list of raw figures per thread for the next request: a request read after a larger
/// one, or after one it refused half-way, has its own figures only, in its order.
/// </summary>
public sealed class CheckRequestOnePassReuseTests
{
    private static CheckRequest? Read(string json) =>
        CheckRequestUtf8Reader.TryRead(Encoding.UTF8.GetBytes(json), CheckRequestReader.MaxDepth, int.MaxValue, CheckRequestReader.DefaultMaxFigures);

    private static string Figures(int count) =>
        "{\"figures\": [" + string.Join(", ", Enumerable.Range(0, count).Select(i => $"{{\"id\": \"f{i}\", \"value\": \"{i}.5\", \"unit\": \"t\"}}")) + "]}";

    [Fact]
    public void A_request_read_after_a_larger_one_has_only_its_own_figures()
    {
        Assert.Equal(40, Read(Figures(40))!.Figures.Count);

        var request = Read(Figures(3))!;

        Assert.Equal(["f0", "f1", "f2"], request.Figures.Select(f => f.Key));
        Assert.Equal([0.5m, 1.5m, 2.5m], request.Figures.Select(f => f.Printed.Value));
    }

    [Fact]
    public void A_request_read_after_one_refused_half_way_has_only_its_own_figures()
    {
        // The second figure's value is an object (an amount): left to the document way after the first was read.
        Assert.Null(Read("""{"figures": [{"id": "a", "value": "1", "unit": "t"}, {"id": "b", "value": {"amount": 2}}]}"""));

        var request = Read("""{"figures": [{"id": "c", "value": "7.25", "unit": "t"}]}""")!;

        var figure = Assert.Single(request.Figures);
        Assert.Equal(("c", 7.25m), (figure.Key, figure.Printed.Value));
    }

    [Fact]
    public void A_figure_id_given_twice_is_refused_whatever_was_read_before()
    {
        Assert.NotNull(Read(Figures(5)));

        Assert.Null(Read("""{"figures": [{"id": "x", "value": "1", "unit": "t"}, {"id": "x", "value": "2", "unit": "t"}]}"""));
    }

    [Fact]
    public void Two_requests_read_in_turn_each_have_their_own_units_metrics_sites_and_periods()
    {
        // The thread's vocabulary and figure meanings are shared by both: tokens the two requests share ("兆瓦時",
        // "energy.total", "site-2") and tokens only one gives must land in each request where it gave them, every time.
        const string a = """
            {"period": "2020", "figures": [
              {"id": "a1", "metric": "energy.total", "value": "10.5", "unit": "兆瓦時", "site": "site-1", "period": "2020"},
              {"id": "a2", "metric": "energy.heat", "value": "3", "unit": "吉焦", "site": "site-2", "qualifier": "about"}]}
            """;
        const string b = """
            {"period": "2021", "figures": [
              {"id": "b1", "metric": "energy.total", "value": "4", "unit": "吉焦", "site": "site-2", "period": "2021"},
              {"id": "b2", "metric": "energy.heat", "value": "1,000.5", "unit": "兆瓦時", "site": "site-3"},
              {"id": "b3", "value": "12", "unit": "%", "qualifier": "at-most"}]}
            """;

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(
                [
                    ("a1", "energy.total", 10.5m, "兆瓦時", "site-1", "2020", Qualifier.Exact),
                    ("a2", "energy.heat", 3m, "吉焦", "site-2", null, Qualifier.About),
                ],
                Fields(Read(a)!));
            Assert.Equal(
                [
                    ("b1", "energy.total", 4m, "吉焦", "site-2", "2021", Qualifier.Exact),
                    ("b2", "energy.heat", 1000.5m, "兆瓦時", "site-3", null, Qualifier.Exact),
                    ("b3", null, 12m, "%", null, null, Qualifier.AtMost),
                ],
                Fields(Read(b)!));
        }

        static List<(string?, string?, decimal, string, string?, string?, Qualifier)> Fields(CheckRequest request) =>
            [.. request.Figures.Select(f => (f.Id, f.Metric, f.Printed.Value, f.Printed.Unit.Symbol, f.Site, f.Period, f.Qualifier))];
    }
}
