using Emissions.Api.Problems;
using Microsoft.Extensions.Primitives;

namespace Emissions.Api.Submissions;

/// <summary>
/// If-Match and If-None-Match on PUT /v1/submissions/{id} (RFC 9110 section 13.1), evaluated once the submission is
/// known to exist and before anything is stored. The service gives submissions no entity tags, so If-Match holds only
/// as <c>*</c> and If-None-Match: <c>*</c> never holds (any other If-None-Match does). A condition that does not hold is
/// 412 and stores no revision: a client guarding its write with a tag it holds from elsewhere is not ignored.
/// </summary>
public static class RevisionPreconditions
{
    public static void Check(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ifMatch = request.Headers.IfMatch;
        if (ifMatch.Count > 0 && !IsAny(ifMatch))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.PreconditionFailed,
                $"If-Match {ifMatch} does not hold: submissions have no entity tags, so only If-Match: * (the submission exists) does",
                "If-Match", ifMatch.ToString(), "no If-Match, or If-Match: * (a PUT adds a revision and never overwrites one)", "header"));
        }

        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0 && IsAny(ifNoneMatch))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.PreconditionFailed,
                "If-None-Match: * does not hold: the submission exists",
                "If-None-Match", ifNoneMatch.ToString(), "no If-None-Match: * on an existing submission (POST /v1/submissions creates a new one)", "header"));
        }
    }

    private static bool IsAny(StringValues values) => values.Count == 1 && values[0]?.Trim() == "*";
}
