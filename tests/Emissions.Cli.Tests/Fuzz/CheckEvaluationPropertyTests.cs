using Emissions.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Cli.Tests.Fuzz;

/// <summary>
/// Whole check requests (<see cref="CheckRequestGen"/>) through the checker and every writer: each is checked and written
/// with every invariant of the answer holding (<see cref="CheckAnswerInvariants"/>) and every implied figure value closing
/// its relation (<see cref="ImpliedValueInvariant"/>), or refused as bad input naming a figure's or relation's field —
/// never a program error. The parser fuzzers stop at the parsed request;
/// ExtremeMagnitudeCheckTests is one fixed grid. Fixed seeds replay the same requests every run; the property run replays
/// <see cref="PropertyRuns"/>' seed too, and draws new requests with EMISSIONS_PROPERTY_SEED=random (a failure prints
/// the request, and FsCheck's Replay seed).
/// </summary>
public class CheckEvaluationPropertyTests
{
    private const int CasesPerSeed = 500;

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(20261206UL)]
    [InlineData(79228162514264337UL)]
    public void Generated_requests_are_checked_and_written_in_every_format_or_refused_naming_a_field(ulong seed)
    {
        var requests = CheckRequestGen.Request().Sample(CasesPerSeed, new Rnd(seed), 20);
        var outcomes = requests.Select(r => (Request: r, Outcome: CheckAnswerInvariants.Violation(r) ?? ImpliedValueInvariant.Violation(r))).ToList();

        var failures = outcomes.Where(o => !Passed(o.Outcome)).ToList();
        Assert.True(failures.Count == 0,
            $"{failures.Count} of {CasesPerSeed}:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(5).Select(f => $"{f.Request.Json}{Environment.NewLine}  → {f.Outcome}"))}");

        // The generator reaches both outcomes: most requests are checked, some refused (a figure past the range in its relation's units).
        Assert.True(outcomes.Count(o => o.Outcome is null) > CasesPerSeed / 2, $"{outcomes.Count(o => o.Outcome is null)} of {CasesPerSeed} checked");
    }

    [Fact]
    public void Generated_requests_are_also_written_as_the_working_paper()
    {
        var requests = CheckRequestGen.Request().Sample(40, new Rnd(7UL), 20);
        var failures = requests.Select(r => (Request: r, Outcome: CheckAnswerInvariants.Violation(r, workingPaper: true)))
            .Where(o => !Passed(o.Outcome)).ToList();

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(5).Select(f => $"{f.Request.Json} → {f.Outcome}")));
    }

    private static bool Passed(string? outcome) => outcome is null || outcome.StartsWith(CheckAnswerInvariants.Refused, StringComparison.Ordinal);

    [Fact]
    public void Generated_requests_of_growing_size_are_checked_and_written_in_every_format_or_refused_naming_a_field() =>
        Prop.ForAll(CheckRequestGen.Request().ToArbitrary(), request =>
                (CheckAnswerInvariants.Violation(request) ?? ImpliedValueInvariant.Violation(request)) is var outcome && Passed(outcome)
                    ? true.ToProperty()
                    : false.Label(outcome!))
            .Check(PropertyRuns.Quick(CasesPerSeed).WithEndSize(20));
}
