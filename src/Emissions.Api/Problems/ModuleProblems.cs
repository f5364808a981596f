using Emissions.Factors.Loading;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Api.Problems;

/// <summary>How the Core and factor modules' exceptions become problem documents (by type, never by message).</summary>
public static class ModuleProblems
{
    /// <summary>
    /// Bad input in a calculate or check document: the field is the exception's JSON path. Framing
    /// problems keep the service's 400 kinds (missing field, wrong type, unknown field); content the
    /// module cannot use is 422 — a quantity problem by its kind, an unknown or unresolvable factor,
    /// anything else invalid-input.
    /// </summary>
    public static ApiProblem From(InputException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var quantity = exception.InnerException as QuantityException;
        var kind = exception.Error switch
        {
            InputError.Missing => ProblemKinds.MissingField,
            InputError.WrongType => ProblemKinds.WrongType,
            InputError.UnknownField => ProblemKinds.UnknownField,
            InputError.Quantity => quantity is null ? ProblemKinds.WrongKind : ProblemDefaults.KindOf(quantity.Error),
            InputError.UnknownFactor => ProblemKinds.UnknownFactor,
            InputError.FactorNotResolved => ProblemKinds.FactorNotResolved,
            _ => ProblemKinds.InvalidInput,
        };
        return new ApiProblem(kind, exception.Message, exception.Path, exception.Value, exception.Expected)
        {
            Extensions = quantity is null ? new Dictionary<string, object?>() : ProblemDefaults.Suggestions(quantity),
        };
    }

    /// <summary>
    /// A custom factor-set definition that does not validate: 422 with the first error's JSON path in
    /// "field" and every error (field, message) in "errors".
    /// </summary>
    public static ApiProblem From(FactorLibraryException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.Errors.Count == 0)
        {
            return new ApiProblem(ProblemKinds.InvalidFactorSet, exception.Message, "$");
        }

        var errors = exception.Errors.Select(e => new FactorSetError(FieldOf(e), e.Message)).ToList();
        var detail = errors.Count == 1
            ? $"the factor set does not validate: {errors[0].Field}: {errors[0].Message}"
            : $"the factor set does not validate ({errors.Count} errors): {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}";
        return new ApiProblem(ProblemKinds.InvalidFactorSet, detail, errors[0].Field, null, "a set definition like factors/sets/*.json (factors/schema/set.schema.json)")
        {
            Extensions = new Dictionary<string, object?> { ["errors"] = errors },
        };
    }

    private static string FieldOf(FactorLibraryError error) => error.Path.Length == 0 ? "$" : error.Path;
}

/// <summary>One validation error of a factor-set definition: its JSON path and what is wrong.</summary>
public sealed record FactorSetError(string Field, string Message);
