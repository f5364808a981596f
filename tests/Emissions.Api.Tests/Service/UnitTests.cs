using System.Text.Json;
using Emissions.Api.Json;
using Emissions.Api.Problems;
using Emissions.Storage;

namespace Emissions.Api.Tests.Service;

public sealed class ProblemKindTests
{
    [Fact]
    public void Every_problem_kind_has_its_own_type_uri_and_a_client_or_server_status()
    {
        Assert.Equal(ProblemKinds.All.Count, ProblemKinds.All.Select(k => k.Type).Distinct().Count());
        Assert.All(ProblemKinds.All, k => Assert.InRange(k.Status, 400, 599));
        Assert.All(ProblemKinds.All, k => Assert.StartsWith("https://emissions.dev/problems/", k.Type, StringComparison.Ordinal));
    }

    [Fact]
    public void Exceptions_map_by_type_and_base_type_never_by_name()
    {
        var options = new ProblemMappingOptions();
        options.Map<ArgumentException>(ex => new ApiProblem(ProblemKinds.InvalidValue, "base"));
        options.Map<ArgumentNullException>(ex => new ApiProblem(ProblemKinds.MissingField, "derived"));
        Assert.Equal("derived", options.TryMap(new ArgumentNullException("x"))!.Detail);
        Assert.Equal("base", options.TryMap(new ArgumentOutOfRangeException("x"))!.Detail);
        Assert.Null(options.TryMap(new InvalidOperationException()));
        Assert.Null(options.TryMap(new ArgumentExceptionLookalike()));
    }

    [Fact]
    public void Default_mappings_cover_quantity_errors_with_suggestions()
    {
        var options = new ProblemMappingOptions();
        ProblemDefaults.Register(options);
        var problem = options.TryMap(new Emissions.Quantities.QuantityException(Emissions.Quantities.QuantityError.UnknownUnit, "unknown unit 'MWhh'", ["MWh"]))!;
        Assert.Equal(ProblemKinds.UnknownUnit, problem.Kind);
        Assert.Equal(422, problem.Kind.Status);
        Assert.Equal(["MWh"], (IReadOnlyList<string>)problem.Extensions["suggestions"]!);
        Assert.Equal(ProblemKinds.WrongKind, options.TryMap(new Emissions.Quantities.QuantityException(Emissions.Quantities.QuantityError.WrongKind, "x"))!.Kind);
        Assert.Equal(ProblemKinds.KindMismatch, options.TryMap(new SubmissionKindMismatchException("inputs", "report"))!.Kind);
    }

    [Fact]
    public void Bad_input_without_a_finer_kind_maps_through_the_root_to_invalid_input_with_its_field()
    {
        var options = new ProblemMappingOptions();
        ProblemDefaults.Register(options);
        var problem = options.TryMap(new Emissions.Metrics.Expressions.ExpressionException("expected an operand at position 7"))!;
        Assert.Equal((ProblemKinds.InvalidInput, 422, "expected an operand at position 7"), (problem.Kind, problem.Kind.Status, problem.Detail));

        var input = options.TryMap(new Emissions.Inventory.InputException("$.fuels[0].amount", "12 kg", "an energy", Emissions.Inventory.InputError.Missing))!;
        Assert.Equal((ProblemKinds.MissingField, "$.fuels[0].amount", "12 kg", "an energy"), (input.Kind, input.Field, input.Value, input.Expected));

        var body = options.TryMap(new JsonBodyException(JsonBodyError.DuplicateField, "$.a", "the field a appears twice", "each field once"))!;
        Assert.Equal((ProblemKinds.DuplicateField, "$.a", "each field once"), (body.Kind, body.Field, body.Expected));
        Assert.Equal(ProblemKinds.FactorNotResolved, options.TryMap(new Emissions.Factors.FactorResolutionException("no grid factor for XX"))!.Kind);
    }

    [Fact]
    public void A_factor_refusal_outside_a_calculation_maps_with_its_value_reason_and_expectation()
    {
        var options = new ProblemMappingOptions();
        ProblemDefaults.Register(options);

        var problem = options.TryMap(new Emissions.Factors.FactorResolutionException("HFC-23", "set s has no AR5 GWP for 'HFC-23'", "a gas or blend with an AR5 GWP in set s: CO2, CH4"))!;

        Assert.Equal(
            (ProblemKinds.FactorNotResolved, "set s has no AR5 GWP for 'HFC-23'; expected a gas or blend with an AR5 GWP in set s: CO2, CH4", "HFC-23", "a gas or blend with an AR5 GWP in set s: CO2, CH4"),
            (problem.Kind, problem.Detail, problem.Value, problem.Expected));
    }

    // Named like a mapped type, but not one: mapping must not match it.
    private sealed class ArgumentExceptionLookalike : Exception;
}

public sealed class CanonicalJsonTests
{
    [Theory]
    [InlineData("""{ "b": 1, "a": [true, null, "x"] }""", """{"a":[true,null,"x"],"b":1}""")]
    [InlineData("""{"v": 1.50, "w": 1e3, "x": -0.0}""", """{"v":1.50,"w":1e3,"x":-0.0}""")]
    [InlineData("""{"unit": "萬噸", "q": "a\"b", "z": "\u00e9"}""", """{"q":"a\"b","unit":"萬噸","z":"é"}""")]
    [InlineData("""{"b": {"d": 1, "c": 2}, "a": {}}""", """{"a":{},"b":{"c":2,"d":1}}""")]
    public void Canonical_form_sorts_members_and_keeps_numbers_as_written(string input, string canonical)
    {
        using var document = JsonDocument.Parse(input);
        Assert.Equal(canonical, CanonicalJson.Serialize(document.RootElement));
    }

    [Fact]
    public void Hash_is_sha256_hex_of_the_canonical_text()
    {
        Assert.Equal("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", CanonicalJson.Hash("{}"));
    }
}

public sealed class ApiKeyTests
{
    [Fact]
    public void Keys_are_random_prefixed_and_stored_only_as_sha256()
    {
        var a = ApiKeys.Generate();
        var b = ApiKeys.Generate();
        Assert.NotEqual(a, b);
        Assert.StartsWith("em_", a, StringComparison.Ordinal);
        Assert.Equal(46, a.Length);
        Assert.Equal(64, ApiKeys.Hash(a).Length);
        Assert.DoesNotContain(a[3..], ApiKeys.Hash(a), StringComparison.Ordinal);
        Assert.Equal(11, ApiKeys.PrefixOf(a).Length);
    }
}
