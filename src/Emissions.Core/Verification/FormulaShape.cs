using System.Runtime.CompilerServices;
using Emissions.Metrics.Expressions;

namespace Emissions.Verification;

/// <summary>
/// What the checker needs to know about a formula, worked out once per formula: the distinct
/// names and factor references it uses, and its form with yoy/pp/sum expanded. Catalogue
/// formulas are shared by every figure of a metric, so this is cached per formula instance.
/// </summary>
internal sealed class FormulaShape
{
    private static readonly ConditionalWeakTable<Expr, FormulaShape> Cache = [];

    private FormulaShape(Expr formula)
    {
        var names = new List<string>();
        var factors = new List<FactorReference>();
        Collect(formula, names, factors);
        Names = [.. names];
        Factors = [.. factors];
        Normalized = ImpliedSolver.Normalize(formula);
    }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<FactorReference> Factors { get; }

    public Expr Normalized { get; }

    /// <summary>For each name and factor that occurs exactly once, the path of operations down to it (for rearrangement); absent otherwise.</summary>
    public IReadOnlyDictionary<Expr, IReadOnlyList<(Expr Node, bool Left)>> Paths => _paths ??= FindPaths();

    private Dictionary<Expr, IReadOnlyList<(Expr Node, bool Left)>>? _paths;

    /// <summary>
    /// <see cref="Paths"/> of the names, by name: implied values are solved for every name of every
    /// relation, and a string key spares building a leaf and hashing it as a record.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(Expr Node, bool Left)>> NamePaths => _namePaths ??= Paths
        .Where(p => p.Key is Reference)
        .ToDictionary(p => ((Reference)p.Key).Name, p => p.Value, StringComparer.Ordinal);

    private Dictionary<string, IReadOnlyList<(Expr Node, bool Left)>>? _namePaths;

    public static FormulaShape Of(Expr formula) => Cache.GetValue(formula, f => new FormulaShape(f));

    private Dictionary<Expr, IReadOnlyList<(Expr Node, bool Left)>> FindPaths()
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

        return paths;
    }

    private static void Collect(Expr e, List<string> names, List<FactorReference> factors)
    {
        switch (e)
        {
            case Reference r:
                if (!names.Contains(r.Name))
                {
                    names.Add(r.Name);
                }

                break;
            case FactorReference f:
                if (!factors.Contains(f))
                {
                    factors.Add(f);
                }

                break;
            case Binary b:
                Collect(b.Left, names, factors);
                Collect(b.Right, names, factors);
                break;
            case Negation n:
                Collect(n.Operand, names, factors);
                break;
            case FunctionCall c:
                foreach (var argument in c.Arguments)
                {
                    Collect(argument, names, factors);
                }

                break;
        }
    }
}
