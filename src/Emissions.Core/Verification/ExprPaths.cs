using Emissions.Metrics.Expressions;

namespace Emissions.Verification;

/// <summary>
/// Walks a formula and hands every node the operations between the root and it (outermost first,
/// with whether the node is on the left), which is what rearranging for one unknown needs.
/// </summary>
internal static class ExprPaths
{
    /// <summary>Visits each node; a visitor returning true stops the descent below that node.</summary>
    public static void Walk(Expr root, Func<Expr, List<(Expr Node, bool Left)>, bool> visit)
    {
        var current = new List<(Expr Node, bool Left)>();
        Visit(root);

        void Visit(Expr e)
        {
            if (visit(e, current))
            {
                return;
            }

            switch (e)
            {
                case Binary b:
                    current.Add((b, true));
                    Visit(b.Left);
                    current[^1] = (b, false);
                    Visit(b.Right);
                    current.RemoveAt(current.Count - 1);
                    break;
                case Negation n:
                    current.Add((n, true));
                    Visit(n.Operand);
                    current.RemoveAt(current.Count - 1);
                    break;
            }
        }
    }
}
