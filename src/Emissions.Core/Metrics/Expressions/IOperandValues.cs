namespace Emissions.Metrics.Expressions;

/// <summary>
/// A formula's operand values, by slot and by factor. A caller's own struct (a generic argument, not a delegate) makes
/// every read a direct call the compiler can inline: implied values read an operand for every step of every unknown.
/// </summary>
/// <typeparam name="T">The arithmetic's value (a quantity, an interval).</typeparam>
internal interface IOperandValues<T>
{
    /// <summary>The value of the name at <paramref name="slot"/>.</summary>
    T Slot(int slot);

    /// <summary>The value of <paramref name="reference"/>.</summary>
    T Factor(FactorReference reference);
}
