namespace Emissions.Factors;

/// <summary>
/// No factor in the set answers a query, or an override cannot stand in for the set's factor. The message reads
/// "'VALUE': REASON; expected EXPECTED" (without "'VALUE': " when the reason names
/// the value already): <see cref="Value"/> is what was asked (the query's carrier, region, year and
/// basis, a gas, a factor id, an override's unit), <see cref="Reason"/> why it was refused and <see cref="Expected"/>
/// what the set does have that would have been accepted. The resolver knows no JSON paths: a calculation wraps this in
/// an <see cref="Inventory.InputException"/> naming the line or override that asked.
/// </summary>
public sealed class FactorResolutionException : InvalidInputException
{
    /// <summary>No factor answers a query, with no detail.</summary>
    public FactorResolutionException()
    {
    }

    /// <summary>No factor answers a query; the message names the query and what the set has.</summary>
    /// <param name="message">The message.</param>
    public FactorResolutionException(string message)
        : base(message)
    {
    }

    /// <summary>No factor answers a query, because of another exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused it.</param>
    public FactorResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What was asked, why it was refused and what the set has that would have been accepted, each apart.</summary>
    /// <param name="value">What was asked: the query ("carrier electricity, region GB, year 2022, basis location"), a gas or a factor id.</param>
    /// <param name="reason">Why it was refused ("no emission-factor for … in set cn-2022").</param>
    /// <param name="expected">What the set has that would have been accepted.</param>
    public FactorResolutionException(string value, string reason, string expected)
        : base($"{(reason.Contains(value, StringComparison.Ordinal) ? "" : $"'{value}': ")}{reason}; expected {expected}")
    {
        Value = value;
        Reason = reason;
        Expected = expected;
    }

    /// <inheritdoc/>
    public override string? Value { get; }

    /// <summary>Why the value was refused, without the value or the expectation; null for an exception made from a message alone.</summary>
    public string? Reason { get; }

    /// <inheritdoc/>
    public override string? Expected { get; }

    /// <summary>The same refusal thrown afresh (a cached failure is thrown anew on each ask, with its own stack).</summary>
    internal FactorResolutionException Again() =>
        Reason is not null && Value is not null && Expected is not null ? new(Value, Reason, Expected) : new(Message);
}
