using System.Buffers;
using System.Runtime.CompilerServices;
using Emissions.Budget;
using Emissions.Quantities;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// A formula compiled once from its parsed <see cref="Expr"/>: names become slot numbers the caller chose, so running it
/// neither parses nor looks a name up. It runs two ways: with any <see cref="IArithmetic{T}"/> (exact quantities,
/// intervals) over values by slot, and — when compiled with the slots' kinds, which are then checked once, here —
/// over plain decimal columns in canonical units, a span of rows at a time (the data-center sites' figures). Calculation
/// and verification run the same compiled form of a formula (<see cref="CompiledRelations"/>): the catalogue's, and a
/// check request's own relations, compiled once per formula text (<see cref="CustomFormulas"/>).
/// </summary>
/// <remarks>
/// The column path is the exact evaluator's arithmetic without the per-value kind: every kind was checked at compile
/// time, and overflow and division by zero fail with the same <see cref="QuantityException"/> a quantity would. Each
/// node runs once over the whole span (one virtual call per node, not per node and row); a slot is read in place and
/// an inner node's values go to a buffer rented for the call, so running it allocates nothing.
/// </remarks>
internal sealed class CompiledFormula
{
    private readonly Node _root;

    private CompiledFormula(Expr formula, Node root, IReadOnlyList<string> names, Dimension? kind)
    {
        Formula = formula;
        _root = root;
        Names = names;
        Kind = kind;
    }

    /// <summary>The formula compiled.</summary>
    public Expr Formula { get; }

    /// <summary>Every name the formula refers to, once each, in order of first appearance.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The kind of the result, when compiled with the slots' kinds.</summary>
    public Dimension? Kind { get; }

    /// <summary>Compiles <paramref name="formula"/> with each name at slot <see cref="Names"/>' index.</summary>
    public static CompiledFormula Compile(Expr formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var names = formula.References().Distinct(StringComparer.Ordinal).ToList();
        // By dictionary, not names.IndexOf: a formula of n names would otherwise cost n²/2 comparisons to compile.
        var slots = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        foreach (var name in names)
        {
            slots.Add(name, slots.Count);
        }

        return new CompiledFormula(formula, Build(formula, name => slots[name], null, 0), names, null);
    }

    /// <summary>
    /// Compiles <paramref name="formula"/> for columns: each name at the slot <paramref name="slotOf"/> gives, whose values are
    /// of kind <paramref name="kindOf"/>. Adding or subtracting different kinds fails here, once, not per row.
    /// </summary>
    public static CompiledFormula Compile(Expr formula, Func<string, int> slotOf, Func<int, Dimension> kindOf)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(slotOf);
        ArgumentNullException.ThrowIfNull(kindOf);
        var root = Build(formula, slotOf, kindOf, 0);
        return new CompiledFormula(formula, root, [.. formula.References().Distinct(StringComparer.Ordinal)], root.Kind);
    }

    /// <summary>Runs the formula with <paramref name="arithmetic"/>; <paramref name="slot"/> gives a name's value by its slot.</summary>
    public T Run<T>(IArithmetic<T> arithmetic, Func<int, T> slot, Func<FactorReference, T>? factor = null)
    {
        ArgumentNullException.ThrowIfNull(arithmetic);
        ArgumentNullException.ThrowIfNull(slot);
        var values = new DelegateOperandValues<T>(slot, factor);
        return Run<T, InterfaceArithmetic<T>, DelegateOperandValues<T>>(new InterfaceArithmetic<T>(arithmetic), ref values);
    }

    /// <summary>
    /// Runs the formula with <paramref name="arithmetic"/> over <paramref name="values"/>, both structs: the code is made
    /// for them, so reading an operand and each operation are direct calls, not a delegate's and an interface's.
    /// </summary>
    public T Run<T, TArithmetic, TValues>(TArithmetic arithmetic, ref TValues values)
        where TArithmetic : struct, IArithmetic<T>
        where TValues : struct, IOperandValues<T>
    {
        WorkBudget.Checkpoint();
        return Evaluate<T, TArithmetic, TValues>(_root, arithmetic, ref values);
    }

    /// <summary>
    /// <see cref="Run{T, TArithmetic, TValues}(TArithmetic, ref TValues)"/> for a part (<see cref="Parts"/>), reusing the
    /// values of nodes it shares with parts already run over the same operand values (<paramref name="known"/>).
    /// </summary>
    public T Run<T, TArithmetic, TValues>(TArithmetic arithmetic, ref TValues values, KnownValues<T> known)
        where TArithmetic : struct, IArithmetic<T>
        where TValues : struct, IOperandValues<T>
    {
        ArgumentNullException.ThrowIfNull(known);
        WorkBudget.Checkpoint();
        return Evaluate(_root, arithmetic, ref values, known);
    }

    // One generic method over the node types, not a generic virtual method per node type: a generic virtual call is
    // looked up at run time on every call. The nodes are sealed, so each case is one comparison of the node's type.
    private static T Evaluate<T, TArithmetic, TValues>(Node node, TArithmetic arithmetic, ref TValues values)
        where TArithmetic : struct, IArithmetic<T>
        where TValues : struct, IOperandValues<T>
    {
        switch (node)
        {
            case SlotNode slot:
                return values.Slot(slot.Slot);
            case BinaryNode binary:
                var left = Evaluate<T, TArithmetic, TValues>(binary.Left, arithmetic, ref values);
                var right = Evaluate<T, TArithmetic, TValues>(binary.Right, arithmetic, ref values);
                return Apply(binary.Operator, arithmetic, left, right);
            case NegateNode negate:
                return arithmetic.Negate(Evaluate<T, TArithmetic, TValues>(negate.Operand, arithmetic, ref values));
            case ConstantNode constant:
                return arithmetic.Constant(constant.Value);
            default:
                return values.Factor(((FactorNode)node).Reference);
        }
    }

    /// <summary>The node's value, from <paramref name="known"/> when worked out already (a leaf is read again: reading it is the work).</summary>
    private static T Evaluate<T, TArithmetic, TValues>(Node node, TArithmetic arithmetic, ref TValues values, KnownValues<T> known)
        where TArithmetic : struct, IArithmetic<T>
        where TValues : struct, IOperandValues<T>
    {
        T value;
        switch (node)
        {
            case BinaryNode binary:
                if (known.TryGet(binary.Id, out value))
                {
                    return value;
                }

                var left = Evaluate(binary.Left, arithmetic, ref values, known);
                var right = Evaluate(binary.Right, arithmetic, ref values, known);
                value = Apply(binary.Operator, arithmetic, left, right);
                break;
            case NegateNode negate:
                if (known.TryGet(negate.Id, out value))
                {
                    return value;
                }

                value = arithmetic.Negate(Evaluate(negate.Operand, arithmetic, ref values, known));
                break;
            default:
                return Evaluate<T, TArithmetic, TValues>(node, arithmetic, ref values);
        }

        known.Set(node.Id, value);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Apply<T, TArithmetic>(char op, TArithmetic arithmetic, T left, T right)
        where TArithmetic : struct, IArithmetic<T> => op switch
    {
        '+' => arithmetic.Add(left, right),
        '-' => arithmetic.Subtract(left, right),
        '*' => arithmetic.Multiply(left, right),
        _ => arithmetic.Divide(left, right),
    };

    /// <summary>
    /// Runs the formula over the rows from <paramref name="start"/> of <paramref name="columns"/> (indexed by slot), in
    /// canonical units, writing row <c>start + i</c>'s value to <paramref name="into"/>[i]. The first failing row
    /// fails the call; the rows before it are written.
    /// </summary>
    public void Run(decimal[]?[] columns, int start, Span<decimal> into)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _root.Run(columns, start, into);
    }

    public override string ToString() => Formula.ToString();

    // The depth is checked before each step down, so a tree built in code beyond ExpressionLimits is refused here, once,
    // not a stack overflow (a parsed formula never comes near it); running the compiled tree then needs no check.
    private static Node Build(Expr e, Func<string, int> slotOf, Func<int, Dimension>? kindOf, int depth)
    {
        if (++depth > ExpressionLimits.MaxTreeDepth)
        {
            throw new ExpressionException($"formula nests more than {ExpressionLimits.MaxTreeDepth} deep (expected at most {ExpressionLimits.MaxTreeDepth})");
        }

        Node Child(Expr child) => Build(child, slotOf, kindOf, depth);
        return e switch
        {
            Constant c => new ConstantNode(c.Value.Quantity),
            Reference r => new SlotNode(slotOf(r.Name), kindOf),
            FactorReference f => kindOf is null ? new FactorNode(f) : throw new ExpressionException($"a formula over columns cannot refer to a factor ({f})"),
            Negation n => new NegateNode(Child(n.Operand)),
            Binary b => new BinaryNode(b.Operator, Child(b.Left), Child(b.Right), kindOf is not null),
            FunctionCall { Function: "pp" } c => new BinaryNode('-', Child(c.Arguments[0]), Child(c.Arguments[1]), kindOf is not null),
            FunctionCall { Function: "yoy" } c => Yoy(Child(c.Arguments[0]), Child(c.Arguments[1]), kindOf is not null),
            FunctionCall { Function: "sum" } c => c.Arguments.Count == 0
                ? throw new InvalidOperationException("Sequence contains no elements")
                : c.Arguments.Skip(1).Aggregate(Child(c.Arguments[0]), (total, next) => new BinaryNode('+', total, Child(next), kindOf is not null)),
            _ => throw new ExpressionException($"cannot evaluate {e}"),
        };
    }

    /// <summary>
    /// Parts of one formula compiled over the whole formula's slots: rearranging a formula for one unknown runs its other
    /// parts over the whole formula's values. The parts nest (in a + b + c + d the parts a + b + c, a + b and a are
    /// each inside the one before), so each node is compiled once and shared by every part that contains it: compiling
    /// them apart would cost the square of the formula's terms. For formulas with yoy, pp and sum written out as the
    /// operations they stand for (as rearrangement sees them); a part with a function call is refused.
    /// </summary>
    public sealed class Parts
    {
        private readonly IReadOnlyList<string> _names;
        private readonly Dictionary<string, int> _slots;

        // By reference: formulas are records, and two equal parts at different places are different operands.
        private readonly Dictionary<Expr, (Node Node, int Height)> _nodes = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Expr, CompiledFormula> _parts = new(ReferenceEqualityComparer.Instance);

        /// <summary>Parts compiled with each name at its slot in <paramref name="names"/> (the whole formula's).</summary>
        public Parts(IReadOnlyList<string> names)
        {
            ArgumentNullException.ThrowIfNull(names);
            _names = names;
            _slots = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                _slots.TryAdd(names[i], i);
            }
        }

        /// <summary>
        /// Nodes compiled so far, each once: a count of the work, which grows with the formula, not its square. Every
        /// operation's node is numbered below it (the index of its value in <see cref="KnownValues{T}"/>).
        /// </summary>
        public int Compiled => _nodes.Count;

        /// <summary><paramref name="part"/> compiled, reusing every node already compiled for another part.</summary>
        public CompiledFormula Of(Expr part)
        {
            ArgumentNullException.ThrowIfNull(part);
            if (!_parts.TryGetValue(part, out var compiled))
            {
                compiled = new CompiledFormula(part, Build(part).Node, _names, null);
                _parts.Add(part, compiled);
            }

            return compiled;
        }

        // A part is refused where compiling it alone would be (Build): a node deeper than ExpressionLimits.MaxTreeDepth
        // below the part's root, that is a height beyond it. The parts are within a formula already walked to its leaves.
        private (Node Node, int Height) Build(Expr e)
        {
            if (_nodes.TryGetValue(e, out var known))
            {
                return known;
            }

            (Node Node, int Height) built;
            switch (e)
            {
                case Binary b:
                    var (left, leftHeight) = Build(b.Left);
                    var (right, rightHeight) = Build(b.Right);
                    built = (new BinaryNode(b.Operator, left, right, kinds: false) { Id = _nodes.Count }, 1 + Math.Max(leftHeight, rightHeight));
                    break;
                case Negation n:
                    var (operand, height) = Build(n.Operand);
                    built = (new NegateNode(operand) { Id = _nodes.Count }, 1 + height);
                    break;
                case FunctionCall:
                    throw new ExpressionException($"cannot evaluate {e}");
                default:
                    built = (CompiledFormula.Build(e, SlotOf, null, 0), 1);
                    break;
            }

            if (built.Height > ExpressionLimits.MaxTreeDepth)
            {
                throw new ExpressionException($"formula nests more than {ExpressionLimits.MaxTreeDepth} deep (expected at most {ExpressionLimits.MaxTreeDepth})");
            }

            _nodes.Add(e, built);
            return built;
        }

        private int SlotOf(string name) => _slots.TryGetValue(name, out var slot)
            ? slot
            : throw new ArgumentException($"'{name}' is not one of the formula's names", nameof(name));
    }

    /// <summary>yoy(a, b) = (a − b) / b, the relative change as a pure number (ISO 80000-1): 0.1 against a printed "10 %".</summary>
    private static BinaryNode Yoy(Node current, Node previous, bool kinds) =>
        new('/', new BinaryNode('-', current, previous, kinds), previous, kinds);

    private abstract class Node
    {
        /// <summary>The kind of the node's value, when compiled with kinds.</summary>
        public Dimension? Kind { get; protected init; }

        /// <summary>The index of an operation's value in a part's <see cref="KnownValues{T}"/>; −1 when it is not kept (a leaf, or not a part's node).</summary>
        public int Id { get; init; } = -1;

        /// <summary>The node's values of the rows from <paramref name="start"/>, into <paramref name="into"/>.</summary>
        public abstract void Run(decimal[]?[] columns, int start, Span<decimal> into);

        /// <summary>
        /// The node's values of <paramref name="count"/> rows from <paramref name="start"/>: computed into a buffer
        /// rented for the caller to return (<paramref name="rented"/>), or — a slot — the column itself.
        /// </summary>
        public virtual ReadOnlySpan<decimal> Read(decimal[]?[] columns, int start, int count, ref decimal[]? rented)
        {
            rented = ArrayPool<decimal>.Shared.Rent(count);
            var values = rented.AsSpan(0, count);
            Run(columns, start, values);
            return values;
        }
    }

    private sealed class ConstantNode : Node
    {
        public ConstantNode(Quantity value)
        {
            Value = value;
            Kind = value.Dimension;
        }

        public Quantity Value { get; }

        public override void Run(decimal[]?[] columns, int start, Span<decimal> into) => into.Fill(Value.CanonicalValue);
    }

    private sealed class SlotNode : Node
    {
        public SlotNode(int slot, Func<int, Dimension>? kindOf)
        {
            Slot = slot;
            Kind = kindOf?.Invoke(slot);
        }

        public int Slot { get; }

        public override void Run(decimal[]?[] columns, int start, Span<decimal> into) => Column(columns, start, into.Length).CopyTo(into);

        public override ReadOnlySpan<decimal> Read(decimal[]?[] columns, int start, int count, ref decimal[]? rented) => Column(columns, start, count);

        private ReadOnlySpan<decimal> Column(decimal[]?[] columns, int start, int count) => columns[Slot].AsSpan(start, count);
    }

    private sealed class FactorNode(FactorReference reference) : Node
    {
        public FactorReference Reference { get; } = reference;

        public override void Run(decimal[]?[] columns, int start, Span<decimal> into) => throw new ExpressionException($"no factor set to resolve {Reference}");
    }

    private sealed class NegateNode : Node
    {
        public NegateNode(Node operand)
        {
            Operand = operand;
            Kind = operand.Kind;
        }

        public Node Operand { get; }

        public override void Run(decimal[]?[] columns, int start, Span<decimal> into)
        {
            Operand.Run(columns, start, into);
            foreach (ref var value in into)
            {
                value = -value;
            }
        }
    }

    private sealed class BinaryNode : Node
    {
        private readonly string? _zero;

        public BinaryNode(char op, Node left, Node right, bool kinds)
        {
            Operator = op;
            Left = left;
            Right = right;
            if (!kinds)
            {
                return;
            }

            var (l, r) = (left.Kind!.Value, right.Kind!.Value);
            Kind = op switch
            {
                '+' or '-' => l == r ? l : throw QuantityErrors.Incompatible(op == '+' ? "add" : "subtract", l, r),
                '*' => l * r,
                _ => l / r,
            };
            _zero = $"division by a zero {r}";
        }

        public char Operator { get; }

        public Node Left { get; }

        public Node Right { get; }

        public override void Run(decimal[]?[] columns, int start, Span<decimal> into)
        {
            decimal[]? leftBuffer = null;
            decimal[]? rightBuffer = null;
            try
            {
                var left = Left.Read(columns, start, into.Length, ref leftBuffer);
                var right = Right.Read(columns, start, into.Length, ref rightBuffer);
                Combine(left, right, into);
            }
            finally
            {
                Return(leftBuffer);
                Return(rightBuffer);
            }
        }

        private static void Return(decimal[]? buffer)
        {
            if (buffer is not null)
            {
                ArrayPool<decimal>.Shared.Return(buffer);
            }
        }

        /// <summary>One operator over the span: the switch is once per span, the overflow handler once around the loop.</summary>
        private void Combine(ReadOnlySpan<decimal> left, ReadOnlySpan<decimal> right, Span<decimal> into)
        {
            try
            {
                switch (Operator)
                {
                    case '+':
                        for (var i = 0; i < into.Length; i++)
                        {
                            into[i] = left[i] + right[i];
                        }

                        break;
                    case '-':
                        for (var i = 0; i < into.Length; i++)
                        {
                            into[i] = left[i] - right[i];
                        }

                        break;
                    case '*':
                        for (var i = 0; i < into.Length; i++)
                        {
                            into[i] = left[i] * right[i];
                        }

                        break;
                    default:
                        for (var i = 0; i < into.Length; i++)
                        {
                            if (right[i] == 0m)
                            {
                                throw new QuantityException(QuantityError.DivisionByZero, _zero ?? "division by zero");
                            }

                            into[i] = left[i] / right[i];
                        }

                        break;
                }
            }
            catch (OverflowException)
            {
                throw Arithmetic.Overflow();
            }
        }
    }
}
