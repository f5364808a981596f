namespace Emissions.Factors;

/// <summary>
/// There is no factor set to compute with: the request names one that does not exist, or names none where one is
/// needed and no default fits. The one error for every such case, on the command line and in the service (problem type
/// <c>unknown-factor-set</c>, 422); <see cref="Reason"/> says which case, <see cref="Available"/> lists the sets there are.
/// </summary>
public sealed class NoFactorSetException : InvalidInputException
{
    /// <summary>Creates the error.</summary>
    /// <param name="field">Where the set is (or should be) named: a JSON path such as <c>$.factorSet</c>, or a command-line option; <see langword="null"/> when the caller named it outside any request.</param>
    /// <param name="named">The id the request named; <see langword="null"/> when it named none.</param>
    /// <param name="reason">Why there is no set, in words (e.g. <c>there is no factor set 'cn-1999'</c>).</param>
    /// <param name="available">The ids of the sets that exist, in any order; empty when the caller does not know them.</param>
    public NoFactorSetException(string? field, string? named, string reason, IEnumerable<string> available)
        : this(field, named, reason, [.. (available ?? []).Order(StringComparer.Ordinal)])
    {
    }

    /// <summary>Creates the error with a generic reason.</summary>
    public NoFactorSetException()
        : this(null, null, "no factor set", [])
    {
    }

    /// <summary>Creates the error with <paramref name="message"/> as its reason.</summary>
    /// <param name="message">Why there is no set.</param>
    public NoFactorSetException(string message)
        : this(null, null, message, [])
    {
    }

    /// <summary>Creates the error with <paramref name="message"/> as its reason and the error that revealed it.</summary>
    /// <param name="message">Why there is no set.</param>
    /// <param name="innerException">The error that revealed it.</param>
    public NoFactorSetException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
        Available = [];
        Expected = ExpectedText(Available);
    }

    private NoFactorSetException(string? field, string? named, string reason, IReadOnlyList<string> available)
        : base(Describe(field, reason, ExpectedText(available)))
    {
        Field = field;
        Value = named;
        Reason = reason;
        Available = available;
        Expected = ExpectedText(available);
    }

    /// <inheritdoc/>
    public override string? Field { get; }

    /// <summary>The id the request named; <see langword="null"/> when it named none.</summary>
    public override string? Value { get; }

    /// <summary>"a factor set id, one of: …" listing <see cref="Available"/>.</summary>
    public override string Expected { get; }

    /// <summary>Why there is no set, without the field and the list of sets (the service's problem <c>detail</c>).</summary>
    public string Reason { get; } = "";

    /// <summary>The ids of the sets that exist, sorted; empty when the caller did not know them.</summary>
    public IReadOnlyList<string> Available { get; }

    /// <summary>The request names a set that <paramref name="name"/>'s source does not have.</summary>
    /// <param name="name">The set as named, with where.</param>
    /// <param name="available">The ids of the sets that exist.</param>
    public static NoFactorSetException Unknown(FactorSetName name, IEnumerable<string> available)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new NoFactorSetException(name.Path, name.Id, $"there is no factor set '{name.Id}'", available);
    }

    /// <summary>A calculation names no set and no shipped default fits its country and period (<paramref name="why"/> says which comes closest).</summary>
    /// <param name="why">The default choice's explanation.</param>
    /// <param name="available">The ids of the sets that exist.</param>
    public static NoFactorSetException NoDefault(string why, IEnumerable<string> available) => new("$.factorSet", null, why, available);

    /// <summary>A check carries raw inputs to recompute but names no set to recompute them with.</summary>
    /// <param name="available">The ids of the sets that exist; empty when the caller has not loaded them.</param>
    public static NoFactorSetException ForCheckInputs(IEnumerable<string> available) => new("$.options.factorSet", null,
        "the check carries raw inputs but names no factor set to recompute them with ($.options.factorSet or $.inputs.factorSet)", available);

    private static string ExpectedText(IReadOnlyList<string> available) =>
        available.Count == 0 ? "a factor set id" : $"a factor set id, one of: {string.Join(", ", available)}";

    private static string Describe(string? field, string reason, string expected) =>
        field is null ? $"{reason}; expected {expected}" : $"{field}: {reason}; expected {expected}";
}
