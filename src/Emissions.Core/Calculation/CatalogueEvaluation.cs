using Emissions.Diagnostics;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>
/// The organisation's derived figures, computed by evaluating their catalogue definitions exactly (ADR 0011): totals
/// such as <c>energy.total</c>, <c>ghg.total</c> and <c>waste.total</c>, every other defined metric, and the intensities.
/// The leaf recipes give the figures that need inventory lines and factors; everything else comes from here.
/// </summary>
/// <remarks>
/// A definition is evaluated as soon as every metric it refers to has been settled by a recipe (computed, given, or
/// known to be absent), so figures are listed in the order they can be known. A figure the inventory gives as a
/// printed total (ADR 0002) keeps the given value; its definition is evaluated only to warn of a difference.
/// A total of parts (a definition that only adds) counts a part not given as zero, and says so in a note.
/// Data-center figures are evaluated per site over columns, by <see cref="DataCenters.DataCenterCalculator"/>.
/// </remarks>
internal sealed class CatalogueEvaluation(CalculationContext context)
{
    /// <summary>The organisation-wide definitions (data-center metrics aside), in dependency order.</summary>
    private static readonly MetricDefinition[] Organisation =
        [.. MetricCatalog.DefinitionOrder.Where(m => !m.Id.StartsWith("dc.", StringComparison.Ordinal) && !HasFactor(m.Definition!.Formula))];

    private readonly bool[] _done = new bool[Organisation.Length];

    /// <summary>Evaluates every definition not yet evaluated whose references are all settled.</summary>
    public void Advance()
    {
        for (var i = 0; i < Organisation.Length; i++)
        {
            if (!_done[i] && CompiledRelations.Of(Organisation[i].Definition!).Names.All(context.IsSettled))
            {
                _done[i] = true;
                Evaluate(Organisation[i]);
            }
        }
    }

    /// <summary>Every intensity of every organisation figure that has them, divided by each denominator the inventory gives.</summary>
    public void Intensities()
    {
        var inv = context.Inventory;
        var denominators = new List<(Denominator Denominator, MetricValue Metric)>();
        AddDenominator(Denominator.PerEmployee, inv.Headcount, "a positive headcount: per-employee metrics divide by it");
        AddDenominator(Denominator.PerRevenue, inv.Revenue, "a positive revenue: per-revenue metrics divide by it");
        AddDenominator(Denominator.PerFloorArea, inv.FloorArea, "a positive floor area: per-floor-area metrics divide by it");

        foreach (var metric in context.OrganisationMetrics.Where(m => MetricCatalog.Find(m.Id).PerEmployeeUnit is not null).ToList())
        {
            foreach (var (denominator, denominatorMetric) in denominators)
            {
                var definition = MetricCatalog.Find($"{metric.Id}.{denominator.Suffix}");
                var relation = definition.Definition!;
                var value = CompiledRelations.Of(relation).Run(ExactArithmetic.Instance, slot => slot == 0 ? metric.Quantity : denominatorMetric.Quantity);
                var basis = denominator == Denominator.PerEmployee
                    ? inv.HeadcountBasis == HeadcountBasis.YearEnd ? "denominator: year-end headcount" : "denominator: average headcount"
                    : $"denominator: {denominator.Metric}";
                var unit = value.Dimension == definition.Kind ? definition.CanonicalUnit : metric.Unit / denominatorMetric.Unit;
                context.Add(new DerivedMetric(definition.Id, value, unit, null, relation.Formula.ToString(), [metric, denominatorMetric], [], [basis]));
            }
        }

        void AddDenominator(Denominator denominator, Amount? amount, string expected)
        {
            if (amount is null || context.Find(denominator.Metric) is not { } metric)
            {
                return;
            }

            if (amount.Quantity.CanonicalValue <= 0m)
            {
                throw new InputException(amount.Path, amount.ToString(), expected);
            }

            denominators.Add((denominator, metric));
        }
    }

    private void Evaluate(MetricDefinition definition)
    {
        var relation = definition.Definition!;
        var formula = CompiledRelations.Of(relation);
        var values = formula.Names.Select(context.Find).ToArray();
        var given = values.Where(v => v is not null).Select(v => v!).ToList();
        var missing = formula.Names.Where((_, i) => values[i] is null).ToList();
        if (given.Count == 0 || (missing.Count > 0 && !IsSum(relation.Formula)))
        {
            context.SettleGivenOnly(definition.Id);
            return;
        }

        var zero = new Quantity(0m, given[0].Quantity.Dimension);
        Quantity value;
        try
        {
            value = KindCoercion.ToKind(formula.Run(ExactArithmetic.Instance, slot => values[slot]?.Quantity ?? zero), definition, out _);
        }
        catch (QuantityException ex) when (ex.Error == QuantityError.DivisionByZero)
        {
            // A share of a zero whole (renewable of 0 MWh of electricity) has no value; the other figures stand.
            context.Warn(new Warning(WarningCodes.NotComputed, WarningSeverity.Warning,
                $"{definition.Id} not computed: {relation.Formula} divides by zero ({string.Join(", ", given.Select(v => $"{v.Id} = {v.ValueText} {v.Unit.Symbol}"))})"));
            context.SettleGivenOnly(definition.Id);
            return;
        }

        IReadOnlyList<string> notes = missing.Count == 0 ? [] : [$"not given, counted as zero: {string.Join(", ", missing)}"];
        context.Settle(definition.Id, value, () => new Trace(relation.Formula.ToString(), [.. given.Select(TraceInputs.Of)], [], notes));
    }

    /// <summary>A total of parts: names added together, nothing else.</summary>
    private static bool IsSum(Expr formula) => formula switch
    {
        Reference => true,
        Binary { Operator: '+' } b => IsSum(b.Left) && IsSum(b.Right),
        FunctionCall { Function: "sum" } c => c.Arguments.All(IsSum),
        _ => false,
    };

    private static bool HasFactor(Expr formula) => formula switch
    {
        FactorReference => true,
        Binary b => HasFactor(b.Left) || HasFactor(b.Right),
        Negation n => HasFactor(n.Operand),
        FunctionCall c => c.Arguments.Any(HasFactor),
        _ => false,
    };
}
