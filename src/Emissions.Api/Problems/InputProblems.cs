using Emissions.Api.Json;
using Emissions.Factors;
using Emissions.Factors.Loading;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Api.Problems;

/// <summary>
/// How bad input becomes a problem document: every <see cref="InvalidInputException"/> (Core, Factors and the
/// service's own body reader) maps here, by its classification and never by its message. A kind of bad input with no
/// finer classification is 422 invalid-input with the exception's field, value and expected text.
/// </summary>
public static class InputProblems
{
    // What an invalid-factor-set problem expects when its first error cannot say more.
    private const string WholeSet = "a set definition like factors/sets/*.json (factors/schema/set.schema.json)";

    public static ApiProblem From(InvalidInputException exception) => exception switch
    {
        InputException input => From(input),
        FactorLibraryException library => From(library),
        QuantityException quantity => new ApiProblem(ProblemDefaults.KindOf(quantity.Error), quantity.Message, null, null, ApiQuantityHints.Expected(quantity.Expected, quantity))
        {
            Extensions = ProblemDefaults.Suggestions(quantity),
        },
        // Outside a calculation (which wraps it in an InputException naming the line): no JSON path, but what was asked and what the set has.
        FactorResolutionException factor => new ApiProblem(ProblemKinds.FactorNotResolved, factor.Message, factor.Field, factor.Value, factor.Expected),
        NoFactorSetException none => new ApiProblem(ProblemKinds.UnknownFactorSet, none.Reason, none.Field, none.Value,
            $"{none.Expected} (GET /v1/factor-sets), or one of your organisation's custom sets")
        {
            Extensions = new Dictionary<string, object?> { ["available"] = none.Available },
        },
        JsonBodyException body => new ApiProblem(KindOf(body.Error), body.Message, body.Path, null, body.Expected),
        _ => new ApiProblem(ProblemKinds.InvalidInput, exception.Message, exception.Field, exception.Value, exception.Expected),
    };

    /// <summary>
    /// Bad input in a calculate or check document: the field is the exception's JSON path. Framing
    /// problems keep the service's 400 kinds (missing field, wrong type, unknown field); content the
    /// module cannot use is 422 — a quantity problem by its kind, an unknown or unresolvable factor,
    /// anything else invalid-input.
    /// </summary>
    private static ApiProblem From(InputException exception)
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
        return new ApiProblem(kind, exception.Message, exception.Path, exception.Value, ApiQuantityHints.Expected(exception.Expected, quantity))
        {
            Extensions = quantity is null ? new Dictionary<string, object?>() : ProblemDefaults.Suggestions(quantity),
        };
    }

    /// <summary>
    /// A custom factor-set definition that does not validate: 422 with the first error's JSON path, value and
    /// expectation in "field", "value" and "expected", and every error (field, message, value, expected) in "errors".
    /// </summary>
    private static ApiProblem From(FactorLibraryException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.Errors.Count == 0)
        {
            return new ApiProblem(ProblemKinds.InvalidFactorSet, exception.Message, "$");
        }

        var errors = exception.Errors.Select(e => new FactorSetError(FieldOf(e), e.Message, e.Value, e.Expected)).ToList();
        var detail = errors.Count == 1
            ? $"the factor set does not validate: {errors[0].Field}: {errors[0].Message}"
            : $"the factor set does not validate ({errors.Count} errors): {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}";
        return new ApiProblem(ProblemKinds.InvalidFactorSet, detail, errors[0].Field, errors[0].Value, errors[0].Expected ?? WholeSet)
        {
            Extensions = new Dictionary<string, object?> { ["errors"] = errors },
        };
    }

    private static ProblemKind KindOf(JsonBodyError error) => error switch
    {
        JsonBodyError.TooDeep => ProblemKinds.TooDeep,
        JsonBodyError.DuplicateField => ProblemKinds.DuplicateField,
        JsonBodyError.TooManyEntries => ProblemKinds.TooManyFigures,
        _ => ProblemKinds.MalformedJson,
    };

    private static string FieldOf(FactorLibraryError error) => error.Path.Length == 0 ? "$" : error.Path;
}

/// <summary>One validation error of a factor-set definition: its JSON path, what is wrong, the value found there (absent when it is missing) and what would have been accepted.</summary>
public sealed record FactorSetError(string Field, string Message, string? Value = null, string? Expected = null);
