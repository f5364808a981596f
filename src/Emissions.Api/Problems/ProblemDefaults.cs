using System.Data.Common;
using System.Text.Json;
using Emissions.Api.Compute;
using Emissions.Api.Json;
using Emissions.Api.Submissions;
using Emissions.Budget;
using Emissions.Quantities;
using Emissions.Storage;

namespace Emissions.Api.Problems;

/// <summary>The mappings the service itself needs; compute modules add theirs next to their registration.</summary>
public static class ProblemDefaults
{
    public static void Register(ProblemMappingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Map<ApiProblemException>(ex => ex.Problem);
        options.Map<InvalidInputException>(InputProblems.From);
        options.Map<JsonException>(ex => new ApiProblem(ProblemKinds.MalformedJson, "the body is not valid JSON", ex.Path ?? JsonPath.Root, null, "a JSON document"));
        options.Map<BadHttpRequestException>((ex, request) => ex.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => new ApiProblem(ProblemKinds.BodyTooLarge, "the body is larger than the service accepts", JsonPath.Root, null, "a smaller body (Limits:MaxBodyBytes)"),
            StatusCodes.Status415UnsupportedMediaType => new ApiProblem(ProblemKinds.UnsupportedMediaType, ex.Message, "Content-Type", null, "application/json", "header"),
            _ => BodyFraming.Describe(ex, request),
        });
        options.Map<WorkBudgetExceededException>(ex => new ApiProblem(ProblemKinds.BudgetExceeded, ex.Message, JsonPath.Root, null,
            "a smaller request (Limits:ComputeBudgetSeconds)"));
        options.Map<SubmissionKindMismatchException>(ex => new ApiProblem(ProblemKinds.KindMismatch, ex.Message, "$.kind", ex.Requested, $"\"{ex.Existing}\""));
        options.Map<IdempotencyKeyReusedException>(ex => new ApiProblem(ProblemKinds.IdempotencyKeyReused, ex.Message, IdempotencyKeyHeader.Name, ex.Key,
            "the first request repeated exactly, or a new key for a new request", "header"));
        options.Map<Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException>(_ => new ApiProblem(ProblemKinds.InvalidFormToken,
            "the form was not sent from this session's page (its anti-forgery token is missing, stale or from another session); reload the page and send it again",
            "__RequestVerificationToken", null, "the hidden token of a form the service rendered for this browser", "form"));
        options.Map<DbException>(_ => new ApiProblem(ProblemKinds.DatabaseUnavailable, "the database did not answer; retry later"));
    }

    public static ProblemKind KindOf(QuantityError error) => error switch
    {
        QuantityError.UnknownUnit => ProblemKinds.UnknownUnit,
        QuantityError.WrongKind => ProblemKinds.WrongKind,
        QuantityError.IncompatibleKinds => ProblemKinds.IncompatibleKinds,
        QuantityError.CurrencyMismatch => ProblemKinds.CurrencyMismatch,
        QuantityError.Overflow => ProblemKinds.NumberOutOfRange,
        QuantityError.DivisionByZero => ProblemKinds.DivisionByZero,
        QuantityError.TooComplex => ProblemKinds.TooComplex,
        _ => ProblemKinds.MalformedNumber,
    };

    /// <summary>For an unknown unit: the nearest known symbols, as the problem's "suggestions" member.</summary>
    public static Dictionary<string, object?> Suggestions(QuantityException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Suggestions.Count == 0 ? [] : new Dictionary<string, object?> { ["suggestions"] = exception.Suggestions };
    }
}
