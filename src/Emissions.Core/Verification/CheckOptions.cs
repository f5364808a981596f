namespace Emissions.Verification;

/// <summary>CONTRACT "options": materiality and about tolerance as fractions (5 % = 0.05), and the factor set to use.</summary>
public sealed record CheckOptions
{
    /// <summary>5 % materiality, 5 % "about" tolerance, no factor set named and no one-off factors.</summary>
    public static readonly CheckOptions Default = new();

    /// <summary>A discrepancy at least this large, relative to the recomputed value, is material.</summary>
    public decimal Materiality { get; init; } = 0.05m;

    /// <summary>How far "about" reaches either side of the printed value, relative to it.</summary>
    public decimal AboutTolerance { get; init; } = 0.05m;

    /// <summary>The factor set whose factors formulas may refer to (<c>@parameter[carrier]</c>), by id; null for none.</summary>
    public string? FactorSet { get; init; }

    /// <summary>One-off factors (options.factors): they answer factor references before the factor set does.</summary>
    public IReadOnlyDictionary<Metrics.Expressions.FactorReference, Quantities.Measurement> Factors { get; init; } =
        new Dictionary<Metrics.Expressions.FactorReference, Quantities.Measurement>();

    /// <summary>How the request's figures print their numbers (options.numberFormat; invariant unless asked).</summary>
    public Quantities.NumberFormat NumberFormat { get; init; }

    /// <summary>How uncertain the inputs are (options.uncertainty); null: discrepancies are not weighed against it.</summary>
    public CheckUncertainty? Uncertainty { get; init; }
}
