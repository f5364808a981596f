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
        Collect(formula, factors, []);
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
    public RearrangePath? StepsForSlot(int slot) => Rearrangements.NameSteps[slot];

    /// <summary>The rearrangement for a factor or name that occurs exactly once (the operations on the path down to it), else null.</summary>
    /// <remarks>By TryGetValue: GetValueOrDefault of a struct path is an empty path, not null, for a factor that occurs twice.</remarks>
    public RearrangePath? StepsFor(Expr unknown) => Rearrangements.Steps.TryGetValue(unknown, out var path) ? path : null;

    /// <summary>
    /// The work of finding every rearrangement: operations visited and part nodes compiled (after the first
    /// <see cref="StepsFor"/> or <see cref="StepsForSlot"/>). A count, not a time: it grows with the formula's size,
    /// and a formula of n terms must not cost n² (a path copied from the root for each name).
    /// </summary>
    internal int PathWork => Rearrangements.Work;

    /// <summary>The steps in the formula's table (every path's step index is below it).</summary>
    public int StepCount => Rearrangements.StepCount;

    /// <summary>The compiled parts' nodes (every part node's index is below it).</summary>
    public int PartNodeCount => Rearrangements.PartNodeCount;

    public static FormulaShape Of(Expr formula) => Cache.GetValue(formula, f => new FormulaShape(f));

    // One step per operation and side (a Binary's left or right operand, a Negation's operand), each pointing to the step
    // above it: a leaf's path is the chain from its own step up to the root, shared with every leaf below the same
    // operations. The other operands are compiled as parts of one formula (CompiledFormula.Parts), each node once.
    private PathTable FindPaths()
    {
        var edges = new List<(Expr Node, bool Left, int Outer, int Length)>();
        var leaves = new Dictionary<Expr, (int Edge, int Count)>();
        Visit(Normalized, -1);

        // Only the steps on a path to a leaf that occurs once are used, and only their other operands compiled.
        var used = new bool[edges.Count];
        var work = edges.Count;
        foreach (var (edge, count) in leaves.Values)
        {
            for (var e = count == 1 ? edge : -1; e >= 0 && !used[e]; e = edges[e].Outer)
            {
                used[e] = true;
                work++;
            }
        }

        var slots = new Dictionary<string, int>(Names.Count, StringComparer.Ordinal);
        for (var i = 0; i < Names.Count; i++)
        {
            slots.Add(Names[i], i);
        }

        var parts = new CompiledFormula.Parts(Names);
        var all = new RearrangeStep[edges.Count];
        var outer = new int[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            outer[e] = edges[e].Outer;
            if (used[e])
            {
                all[e] = Step(edges[e].Node, edges[e].Left, slots, parts);
            }
        }

        var steps = new Dictionary<Expr, RearrangePath>(leaves.Count);
        foreach (var (leaf, (edge, count)) in leaves)
        {
            if (count == 1)
            {
                steps.Add(leaf, new RearrangePath(all, outer, edge, edge < 0 ? 0 : edges[edge].Length));
            }
        }

        var nameSteps = new RearrangePath?[Names.Count];
        for (var i = 0; i < nameSteps.Length; i++)
        {
            nameSteps[i] = steps.TryGetValue(new Reference(Names[i]), out var path) ? path : null;
        }

        return new PathTable(steps, nameSteps, work + parts.Compiled, all.Length, parts.Compiled);

        void Visit(Expr e, int edge)
        {
            switch (e)
            {
                case Reference or FactorReference:
                    leaves[e] = (edge, leaves.GetValueOrDefault(e).Count + 1);
                    break;
                case Binary b:
                    Visit(b.Left, Edge(b, true, edge));
                    Visit(b.Right, Edge(b, false, edge));
                    break;
                case Negation n:
                    Visit(n.Operand, Edge(n, true, edge));
                    break;
            }
        }

        int Edge(Expr node, bool left, int above)
        {
            edges.Add((node, left, above, above < 0 ? 1 : edges[above].Length + 1));
            return edges.Count - 1;
        }
    }

    private static RearrangeStep Step(Expr node, bool left, Dictionary<string, int> slots, CompiledFormula.Parts parts)
    {
        if (node is not Binary b)
        {
            return new RearrangeStep(RearrangeStep.Negate, false, -1, null);
        }

        var other = left ? b.Right : b.Left;
        return other is Reference r
            ? new RearrangeStep(b.Operator, left, slots[r.Name], null)
            : new RearrangeStep(b.Operator, left, -1, parts.Of(other));
    }

    /// <summary>The rearrangement of each unknown that occurs once, by leaf and (for names) by slot; built together, published at once.</summary>
    private sealed record PathTable(Dictionary<Expr, RearrangePath> Steps, RearrangePath?[] NameSteps, int Work, int StepCount, int PartNodeCount);

    // The distinct factor references in order of first appearance; the set keeps a formula of n factors from n² comparisons.
    private static void Collect(Expr e, List<FactorReference> factors, HashSet<FactorReference> seen)
    {
        switch (e)
        {
            case FactorReference f:
                if (seen.Add(f))
                {
                    factors.Add(f);
                }

                break;
            case Binary b:
                Collect(b.Left, factors, seen);
                Collect(b.Right, factors, seen);
                break;
            case Negation n:
                Collect(n.Operand, factors, seen);
                break;
            case FunctionCall c:
                foreach (var argument in c.Arguments)
                {
                    Collect(argument, factors, seen);
                }

                break;
        }
    }
}
