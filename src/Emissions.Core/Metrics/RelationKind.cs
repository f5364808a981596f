namespace Emissions.Metrics;

public enum RelationKind
{
    /// <summary>metric = formula.</summary>
    Equal,

    /// <summary>metric ≥ formula (PUE ≥ 1 + CLF + PLF: the other loads are not negative).</summary>
    AtLeast,
}
