namespace Emissions.Metrics;

/// <summary>How a relation's metric compares with its formula.</summary>
public enum RelationKind
{
    /// <summary>metric = formula.</summary>
    Equal,

    /// <summary>metric ≥ formula (PUE ≥ 1 + CLF + PLF: the other loads are not negative).</summary>
    AtLeast,
}
