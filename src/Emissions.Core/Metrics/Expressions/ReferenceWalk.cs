using System.Buffers;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// The names a formula refers to, in order of appearance, found in one walk of its tree into one array. Chaining each
/// side's names instead (one Concat per operation) made a sum of n terms, a chain of n operations leaning left, cost
/// n² steps to enumerate: each name passed through the iterators of the operations above it. The walk does not
/// recurse (a tree built in code may be deeper than a parsed one may, <see cref="ExpressionLimits"/>), and it keeps the
/// sub-formulas still to visit and the names found in pooled arrays, so that the answer is all it allocates.
/// </summary>
internal static class ReferenceWalk
{
    private const int FirstCapacity = 16;

    public static string[] Names(Expr formula)
    {
        var pending = ArrayPool<Expr>.Shared.Rent(FirstCapacity);
        var names = ArrayPool<string>.Shared.Rent(FirstCapacity);
        int waiting = 0, found = 0;
        try
        {
            Add(ref pending, ref waiting, formula);
            while (waiting > 0)
            {
                switch (pending[--waiting])
                {
                    case Reference reference:
                        Add(ref names, ref found, reference.Name);
                        break;
                    case Binary binary:
                        // The right side goes on the stack first so that the left one, written first, comes off first.
                        Add(ref pending, ref waiting, binary.Right);
                        Add(ref pending, ref waiting, binary.Left);
                        break;
                    case Negation negation:
                        Add(ref pending, ref waiting, negation.Operand);
                        break;
                    case FunctionCall call:
                        for (var i = call.Arguments.Count - 1; i >= 0; i--)
                        {
                            Add(ref pending, ref waiting, call.Arguments[i]);
                        }

                        break;
                    default:
                        break; // constants and factor references name no metric or figure
                }
            }

            return names.AsSpan(0, found).ToArray();
        }
        finally
        {
            ArrayPool<Expr>.Shared.Return(pending, clearArray: true);
            ArrayPool<string>.Shared.Return(names, clearArray: true);
        }
    }

    private static void Add<T>(ref T[] items, ref int count, T item)
    {
        if (count == items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(2 * items.Length);
            items.AsSpan(0, count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(items, clearArray: true);
            items = larger;
        }

        items[count++] = item;
    }
}
