using System.Runtime.CompilerServices;

namespace Emissions.Metrics.Expressions;

/// <summary>Each relation's formula compiled once, on first use, and kept as long as the relation is (the catalogue's: for the process).</summary>
internal static class CompiledRelations
{
    private static readonly ConditionalWeakTable<Relation, CompiledFormula> Compiled = [];

    public static CompiledFormula Of(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Compiled.GetValue(relation, static r => CompiledFormula.Compile(r.Formula));
    }
}
