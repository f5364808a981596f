namespace Emissions.Api.Problems;

/// <summary>
/// Every error kind the service answers with. Clients may switch on the type URI; it is part of
/// the v1 contract like a field name. 4xx: the request can be fixed by the caller; 5xx: it cannot.
/// </summary>
public static class ProblemKinds
{
    // Request framing
    public static readonly ProblemKind MalformedJson = new("malformed-json", 400, "The body is not valid JSON");
    public static readonly ProblemKind EmptyBody = new("empty-body", 400, "The request needs a JSON body");
    public static readonly ProblemKind DuplicateField = new("duplicate-field", 400, "A field appears twice in one object");
    public static readonly ProblemKind TooDeep = new("too-deep", 400, "The JSON nests too deeply");
    public static readonly ProblemKind BodyTooLarge = new("body-too-large", 413, "The body is larger than the service accepts");
    public static readonly ProblemKind TooManyFigures = new("too-many-figures", 413, "The body holds more entries than the service accepts");
    public static readonly ProblemKind UnsupportedMediaType = new("unsupported-media-type", 415, "The body's media type is not one this endpoint reads");
    public static readonly ProblemKind NotAcceptable = new("not-acceptable", 406, "No representation the Accept header allows (expected lists those the endpoint has)");

    // Fields
    public static readonly ProblemKind MissingField = new("missing-field", 400, "A required field is missing");
    public static readonly ProblemKind WrongType = new("wrong-type", 400, "A field has the wrong JSON type");
    public static readonly ProblemKind UnknownField = new("unknown-field", 400, "The request has a field the service does not know");
    public static readonly ProblemKind InvalidValue = new("invalid-value", 400, "A field's value is not allowed");
    public static readonly ProblemKind InvalidParameter = new("invalid-parameter", 400, "A query or path parameter is not valid");

    // Quantities (422: well-formed JSON, meaningless content)
    public static readonly ProblemKind MalformedNumber = new("malformed-number", 422, "A value is not a number");
    public static readonly ProblemKind UnknownUnit = new("unknown-unit", 422, "A unit symbol is not known");
    public static readonly ProblemKind WrongKind = new("wrong-kind", 422, "A quantity has the wrong kind (e.g. mass where energy is expected)");
    public static readonly ProblemKind IncompatibleKinds = new("incompatible-kinds", 422, "Quantities of different kinds were combined");
    public static readonly ProblemKind CurrencyMismatch = new("currency-mismatch", 422, "Amounts in different currencies were combined");
    public static readonly ProblemKind NumberOutOfRange = new("number-out-of-range", 422, "A number is too large or too precise to compute with exactly");
    public static readonly ProblemKind DivisionByZero = new("division-by-zero", 422, "A relation divides by zero");
    public static readonly ProblemKind BudgetExceeded = new("budget-exceeded", 422, "The request needs more computation than one request may use");
    public static readonly ProblemKind TooComplex = new("too-complex", 422, "A unit or formula is longer, nests deeper or has more terms than the service accepts");

    // Documents (422: a value the calculation or check cannot use — unknown fuel or region, negative amount, inconsistent figures)
    public static readonly ProblemKind InvalidInput = new("invalid-input", 422, "A value in the document cannot be used as given");

    // Factors
    public static readonly ProblemKind UnknownFactorSet = new("unknown-factor-set", 422, "The factor set named does not exist, or none was named and none applies");
    public static readonly ProblemKind UnknownFactor = new("unknown-factor", 422, "The named factor does not exist");
    public static readonly ProblemKind FactorNotResolved = new("factor-not-resolved", 422, "No factor in the set answers what the calculation needs");
    public static readonly ProblemKind InvalidFactorSet = new("invalid-factor-set", 422, "The factor set does not validate");
    public static readonly ProblemKind FactorSetIdTaken = new("factor-set-id-taken", 409, "The id belongs to a shipped factor set");
    public static readonly ProblemKind FactorSetChanged = new("factor-set-changed", 409, "The factor set pinned by the submission no longer has its content hash");

    // Submissions
    public static readonly ProblemKind IdempotencyKeyReused = new("idempotency-key-reused", 422, "The Idempotency-Key was already used for a different request");
    public static readonly ProblemKind KindMismatch = new("kind-mismatch", 409, "A revision cannot change what a submission holds");
    public static readonly ProblemKind PreconditionFailed = new("precondition-failed", 412, "A condition of the request (If-Match, If-None-Match) does not hold");

    // Access
    public static readonly ProblemKind NotFound = new("not-found", 404, "No such resource");
    public static readonly ProblemKind MethodNotAllowed = new("method-not-allowed", 405, "The resource does not support this method");
    public static readonly ProblemKind MissingApiKey = new("missing-api-key", 401, "An API key is required (Authorization: Bearer <key> or X-Api-Key)");
    public static readonly ProblemKind ConflictingApiKeys = new("conflicting-api-keys", 400, "The request carries two different API keys");
    public static readonly ProblemKind InvalidApiKey = new("invalid-api-key", 401, "The API key is not valid");
    public static readonly ProblemKind Forbidden = new("forbidden", 403, "The key's role does not allow this");
    public static readonly ProblemKind RateLimited = new("rate-limited", 429, "Too many requests for this key; retry later");

    // Server
    public static readonly ProblemKind NotImplemented = new("not-implemented", 501, "This operation is not available in this build");
    public static readonly ProblemKind DatabaseUnavailable = new("database-unavailable", 503, "The database cannot be reached");
    public static readonly ProblemKind Internal = new("internal", 500, "Unexpected error");

    // Workbench pages (forms posted by a browser)
    public static readonly ProblemKind MalformedForm = new("malformed-form", 400, "The form body cannot be read");
    public static readonly ProblemKind InvalidFormToken = new("invalid-form-token", 400, "The form's anti-forgery token is missing or does not match this session");
    public static readonly ProblemKind Gone = new("gone", 410, "The resource is no longer held");

    /// <summary>Every kind, for the docs and for tests that no slug is used twice.</summary>
    public static IReadOnlyList<ProblemKind> All { get; } =
    [
        MalformedJson, EmptyBody, DuplicateField, TooDeep, BodyTooLarge, TooManyFigures, UnsupportedMediaType, NotAcceptable,
        MissingField, WrongType, UnknownField, InvalidValue, InvalidParameter,
        MalformedNumber, UnknownUnit, WrongKind, IncompatibleKinds, CurrencyMismatch, NumberOutOfRange, DivisionByZero, TooComplex, BudgetExceeded,
        InvalidInput,
        UnknownFactorSet, UnknownFactor, FactorNotResolved, InvalidFactorSet, FactorSetIdTaken, FactorSetChanged,
        KindMismatch, IdempotencyKeyReused, PreconditionFailed,
        NotFound, MethodNotAllowed, MissingApiKey, InvalidApiKey, ConflictingApiKeys, Forbidden, RateLimited,
        NotImplemented, DatabaseUnavailable, Internal,
        MalformedForm, InvalidFormToken, Gone,
    ];

    /// <summary>The kind for a bare status code (routing 404/405, framework 4xx without a richer cause).</summary>
    public static ProblemKind ForStatus(int status) => status switch
    {
        400 => InvalidValue,
        401 => MissingApiKey,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        406 => NotAcceptable,
        413 => BodyTooLarge,
        410 => Gone,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        501 => NotImplemented,
        503 => DatabaseUnavailable,
        _ => status >= 500 ? Internal : InvalidValue,
    };
}
