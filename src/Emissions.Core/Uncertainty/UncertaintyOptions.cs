namespace Emissions.Uncertainty;

/// <summary>
/// What a calculation request asks of uncertainty (CONTRACT "uncertainty"): per-input and factor uncertainties,
/// and the Monte Carlo draws and seed (the same seed gives the same intervals, on any machine).
/// </summary>
/// <param name="Inputs">Activity data uncertainties, one per kind.</param>
/// <param name="Factors">The factors' uncertainty, or null when factors are taken as exact.</param>
/// <param name="Seed">The Monte Carlo generator's seed.</param>
/// <param name="Draws">The number of Monte Carlo draws.</param>
public sealed record UncertaintyOptions(IReadOnlyList<InputUncertainty> Inputs, FactorUncertainty? Factors, int Seed = UncertaintyOptions.DefaultSeed, int Draws = UncertaintyOptions.DefaultDraws)
{
    /// <summary>The Monte Carlo seed when none is given, so the same request gives the same intervals.</summary>
    public const int DefaultSeed = 1;

    /// <summary>10,000 draws: the 95 % interval's ends then vary by about 1 % between seeds, less than any input's uncertainty.</summary>
    public const int DefaultDraws = 10_000;

    /// <summary>The most draws a request may ask for (each draw is one calculation).</summary>
    public const int MaxDraws = 100_000;

    /// <summary>These options with <paramref name="other"/>'s entries winning (the CLI's --uncertainty over the file's).</summary>
    public UncertaintyOptions With(UncertaintyOptions other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var inputs = Inputs.Where(i => !other.Inputs.Any(o => o.Input == i.Input)).Concat(other.Inputs).ToList();
        return new UncertaintyOptions(inputs, other.Factors ?? Factors,
            other.Seed != DefaultSeed ? other.Seed : Seed, other.Draws != DefaultDraws ? other.Draws : Draws);
    }
}
