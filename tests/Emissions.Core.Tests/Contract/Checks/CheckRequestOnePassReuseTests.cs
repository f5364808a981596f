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
}
