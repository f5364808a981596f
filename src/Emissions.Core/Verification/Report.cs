using System.Collections.Immutable;
using Emissions.Factors;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// A check built in one expression from figures as a report prints them, for tests of report arithmetic:
/// <c>Report.For("2020").Figure("ghg.total", "69.44 萬噸").Figure("org.headcount", "21,499 人")
/// .Figure("ghg.total.per-employee", "32.30 噸/人").Check()</c>. Immutable: each call returns a new report.
/// </summary>
public sealed class Report
{
    private readonly string? _period;
    private readonly ImmutableList<ReportedFigure> _figures;
    private readonly ImmutableList<CustomRelation> _relations;
    private readonly CheckOptions _options;

    private Report(string? period, ImmutableList<ReportedFigure> figures, ImmutableList<CustomRelation> relations, CheckOptions options)
    {
        _period = period;
        _figures = figures;
        _relations = relations;
        _options = options;
    }

    /// <summary>An empty report for <paramref name="period"/> (the reporting year, e.g. "2020").</summary>
    public static Report For(string? period) => new(period, [], [], CheckOptions.Default);

    /// <summary>
    /// A figure of catalogue metric <paramref name="metric"/> printed as <paramref name="printed"/> ("32.30 噸/人";
    /// no unit for a pure number), with its own <paramref name="id"/> when a custom relation names it.
    /// </summary>
    public Report Figure(string metric, string printed, Qualifier qualifier = Qualifier.Exact, string? id = null, string? site = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(printed);
        var figure = new ReportedFigure(id, metric, Measurement.Parse(printed), qualifier, Site: site) { Source = $"{metric} \"{printed}\"" };
        return new Report(_period, _figures.Add(figure), _relations, _options);
    }

    /// <summary>A figure known only by its own <paramref name="id"/> (no catalogue metric), for custom relations.</summary>
    public Report Named(string id, string printed, Qualifier qualifier = Qualifier.Exact)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(printed);
        var figure = new ReportedFigure(id, null, Measurement.Parse(printed), qualifier) { Source = $"{id} \"{printed}\"" };
        return new Report(_period, _figures.Add(figure), _relations, _options);
    }

    /// <summary>The auditor's own relation: figure <paramref name="target"/> should equal <paramref name="formula"/> over other figure ids.</summary>
    public Report Relation(string id, string target, string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        return new Report(_period, _figures, _relations.Add(new CustomRelation(id, target, formula, CustomFormulas.Parse(formula))), _options);
    }

    /// <summary>The materiality threshold as a fraction (0.05 is 5 %).</summary>
    public Report WithMateriality(decimal fraction) => new(_period, _figures, _relations, _options with { Materiality = fraction });

    /// <summary>The request these calls describe, as the service and the CLI would read it.</summary>
    public CheckRequest ToRequest() => new(null, _period, _figures, _relations, _options);

    /// <summary>Every catalogue and custom relation among the figures; <paramref name="factorSet"/> is needed only for factor terms.</summary>
    public CheckReport Check(FactorSet? factorSet = null) => CheckRun.Run(ToRequest(), factorSet);
}
