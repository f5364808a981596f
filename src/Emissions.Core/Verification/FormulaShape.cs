using System.Runtime.CompilerServices;
using Emissions.Metrics.Expressions;

namespace Emissions.Verification;

/// <summary>
/// What the checker needs to know about a formula, worked out once per formula: its compiled form (names as slots,
/// <see cref="CompiledRelations"/>), the distinct names and factor references it uses, its form with yoy/pp/sum
/// expanded, and the compiled parts rearranging it for one unknown runs. Catalogue formulas are shared by every
/// figure of a metric, and a request's own formulas by every request with the same text (<see cref="CustomFormulas"/>),
/// so this is cached per formula instance.
/// </summary>
internal sealed class FormulaShape
{
    private static readonly ConditionalWeakTable<Expr, FormulaShape> Cache = [];

    private FormulaShape(Expr formula)
    {
        var factors = new List<FactorReference>();
        Collect(formula, factors);
        Compiled = CompiledRelations.Of(formula);
        Names = Compiled.Names;
        Factors = [.. factors];
        Normalized = ImpliedSolver.Normalize(formula);
    }

    /// <summary>The formula compiled: the name at <see cref="Names"/>[i] is slot i.</summary>
    public CompiledFormula Compiled { get; }

    /// <summary>The distinct names, in order of first appearance; a name's index is its slot in <see cref="Compiled"/>.</summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<FactorReference> Factors { get; }

    public Expr Normalized { get; }

    private PathTable Rearrangements => _rearrangements ??= FindPaths();

    private PathTable? _rearrangements;

    /// <summary>
    /// The rearrangement for the name at <paramref name="slot"/> (<see cref="Names"/>[slot]): null when the name occurs more
    /// than once (root finding). Implied values are solved for every name of every relation; by slot spares a lookup by name.
    /// </summary>
    public RearrangeStep[]? StepsForSlot(int slot) => Rearrangements.NameSteps[slot];

    /// <summary>The rearrangement for a factor or name that occurs exactly once (the operations on the path down to it), else null.</summary>
    public RearrangeStep[]? StepsFor(Expr unknown) => Rearrangements.Steps.GetValueOrDefault(unknown);

    public static FormulaShape Of(Expr formula) => Cache.GetValue(formula, f => new FormulaShape(f));

    private PathTable FindPaths()
    {
        var paths = new Dictionary<Expr, IReadOnlyList<(Expr Node, bool Left)>>();
        var counts = new Dictionary<Expr, int>();
        ExprPaths.Walk(Normalized, (e, current) =>
        {
            if (e is not (Reference or FactorReference))
            {
                return false;
            }

            counts[e] = counts.GetValueOrDefault(e) + 1;
            paths[e] = [.. current];
            return true;
        });
        foreach (var (leaf, count) in counts)
        {
            if (count != 1)
            {
                paths.Remove(leaf);
            }
        }

        // Parts by reference: formulas are records, and two equal parts at different places are different operands.
        var parts = new Dictionary<Expr, CompiledFormula>(ReferenceEqualityComparer.Instance);
        foreach (var path in paths.Values)
        {
            foreach (var (node, left) in path)
            {
                if (node is Binary b && (left ? b.Right : b.Left) is var other && !parts.ContainsKey(other))
                {
                    parts[other] = CompiledFormula.Compile(other, Names);
                }
            }
        }

        var steps = new Dictionary<Expr, RearrangeStep[]>(paths.Count);
        foreach (var (leaf, path) in paths)
        {
            steps[leaf] = [.. path.Select(p => Step(p.Node, p.Left, parts))];
        }

        var nameSteps = new RearrangeStep[]?[Names.Count];
        for (var i = 0; i < nameSteps.Length; i++)
        {
            nameSteps[i] = steps.GetValueOrDefault(new Reference(Names[i]));
        }

        return new PathTable(steps, nameSteps);
    }

    private RearrangeStep Step(Expr node, bool left, Dictionary<Expr, CompiledFormula> parts)
    {
        if (node is not Binary b)
        {
            return new RearrangeStep(RearrangeStep.Negate, false, -1, null);
        }

        var other = left ? b.Right : b.Left;
        var slot = other is Reference r ? IndexOfName(r.Name) : -1;
        return new RearrangeStep(b.Operator, left, slot, slot < 0 ? parts[other] : null);
    }

    private int IndexOfName(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The rearrangement of each unknown that occurs once, by leaf and (for names) by slot; built together, published at once.</summary>
    private sealed record PathTable(Dictionary<Expr, RearrangeStep[]> Steps, RearrangeStep[]?[] NameSteps);

    private static void Collect(Expr e, List<FactorReference> factors)
    {
        switch (e)
        {
            case FactorReference f:
                if (!factors.Contains(f))
                {
                    factors.Add(f);
                }

                break;
            case Binary b:
                Collect(b.Left, factors);
                Collect(b.Right, factors);
                break;
            case Negation n:
                Collect(n.Operand, factors);
                break;
            case FunctionCall c:
                foreach (var argument in c.Arguments)
                {
                    Collect(argument, factors);
                }

                break;
        }
    }
}
