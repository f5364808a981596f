using System.Text.Json;
using Emissions.Inventory;
using Emissions.Verification;

namespace Emissions.Factors;

/// <summary>
/// A factor set named by a request, with where it was named. This is the one rule for where requests name their set
/// (docs/CONTRACT.md), used by the command line and the service alike: a calculation at <c>$.factorSet</c>; a check at
/// <c>$.options.factorSet</c>, else in its raw inputs at <c>$.inputs.factorSet</c>. A choice made outside the request
/// (the CLI's <c>--factor-set</c>, a set pinned by a stored submission) wins over all of them.
/// </summary>
/// <param name="Id">The set's id as written, e.g. <c>cn-2020</c>.</param>
/// <param name="Path">Where it was named: a JSON path such as <c>$.options.factorSet</c>, or a command-line option such as <c>--factor-set</c>.</param>
public sealed record FactorSetName(string Id, string Path)
{
    /// <summary>The command-line option that names a set and overrides the request's choice.</summary>
    public const string CommandLineOption = "--factor-set";

    /// <summary>The set a calculation request names at <c>factorSet</c>; <see langword="null"/> when it names none (the default for its country is then chosen).</summary>
    /// <param name="request">A calculation request (CONTRACT.md "calculate"); anything but an object names no set.</param>
    /// <param name="path">Where <paramref name="request"/> sits in its document (<c>$.inputs</c> inside a check), so that the path is complete.</param>
    /// <exception cref="InputException"><c>factorSet</c> is present but not a string.</exception>
    public static FactorSetName? OfCalculation(JsonElement request, string path = "$") => Named(request, path, "factorSet");

    /// <summary>The set a check request names: <c>options.factorSet</c>, else <c>inputs.factorSet</c>; <see langword="null"/> when neither is given.</summary>
    /// <param name="request">A check request (CONTRACT.md "check") as JSON; anything but an object names no set.</param>
    /// <param name="path">Where <paramref name="request"/> sits in its document.</param>
    /// <exception cref="InputException">One of the fields is present but not a string.</exception>
    public static FactorSetName? OfCheck(JsonElement request, string path = "$")
    {
        if (request.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var inOptions = request.TryGetProperty("options", out var options) ? Named(options, $"{path}.options", "factorSet") : null;
        return inOptions ?? (request.TryGetProperty("inputs", out var inputs) ? OfCalculation(inputs, $"{path}.inputs") : null);
    }

    /// <summary>The set a check request names, read from the parsed request (JSON, CSV or workbook): the same rule as <see cref="OfCheck(JsonElement, string)"/>.</summary>
    /// <param name="request">The parsed check request.</param>
    /// <exception cref="InputException"><c>inputs.factorSet</c> is present but not a string.</exception>
    public static FactorSetName? OfCheck(CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.FactorSet is { } named
            ? new FactorSetName(named, "$.options.factorSet")
            : request.Inputs is { } inputs ? OfCalculation(inputs, "$.inputs") : null;
    }

    /// <summary>The named set from <paramref name="sets"/>.</summary>
    /// <param name="sets">Where sets come from (the loaded factor library, for instance).</param>
    /// <exception cref="NoFactorSetException">There is no set with this id; the error lists the sets there are.</exception>
    public FactorSet Find(IFactorSetSource sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return sets.Find(Id) ?? throw NoFactorSetException.Unknown(this, sets.SetIds);
    }

    private static FactorSetName? Named(JsonElement parent, string path, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var fieldPath = $"{path}.{name}";
        return value.ValueKind == JsonValueKind.String
            ? new FactorSetName(value.GetString()!, fieldPath)
            : throw new InputException(fieldPath, JsonInput.Describe(value), "a factor-set id such as \"cn-2020\"", InputError.WrongType);
    }
}
