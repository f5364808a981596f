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

    /// <summary>For each name and factor that occurs exactly once, the path of operations down to it (for rearrangement); absent otherwise.</summary>
    public IReadOnlyDictionary<Expr, IReadOnlyList<(Expr Node, bool Left)>> Paths => Rearrangements.Paths;

    private PathTable Rearrangements => _rearrangements ??= FindPaths();

    private PathTable? _rearrangements;

    /// <summary>
    /// The other operand of an operation on a path (<see cref="Paths"/>), compiled over this formula's slots: rearranging
    /// y = a + x for x runs a. Each is compiled once, with the paths.
    /// </summary>
    public CompiledFormula Part(Expr operand) => Rearrangements.Parts[operand];

    /// <summary>
    /// <see cref="Paths"/> of the names, by name: implied values are solved for every name of every
    /// relation, and a string key spares building a leaf and hashing it as a record.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(Expr Node, bool Left)>> NamePaths => _namePaths ??= Paths
        .Where(p => p.Key is Reference)
        .ToDictionary(p => ((Reference)p.Key).Name, p => p.Value, StringComparer.Ordinal);

    private Dictionary<string, IReadOnlyList<(Expr Node, bool Left)>>? _namePaths;

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

        return new PathTable(paths, parts);
    }

    /// <summary>The paths to each unknown that occurs once, and the compiled parts rearranging along them runs; built together, published at once.</summary>
    private sealed record PathTable(Dictionary<Expr, IReadOnlyList<(Expr Node, bool Left)>> Paths, Dictionary<Expr, CompiledFormula> Parts);

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
