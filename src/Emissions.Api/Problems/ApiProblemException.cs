namespace Emissions.Api.Problems;

/// <summary>Thrown by the service's own request checks; maps 1:1 to its <see cref="ApiProblem"/>.</summary>
public sealed class ApiProblemException : Exception
{
    public ApiProblemException()
        : this(new ApiProblem(ProblemKinds.InvalidValue, "invalid request"))
    {
    }

    public ApiProblemException(string message)
        : this(new ApiProblem(ProblemKinds.InvalidValue, message))
    {
    }

    public ApiProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = new ApiProblem(ProblemKinds.InvalidValue, message);
    }

    public ApiProblemException(ApiProblem problem, Exception? innerException = null)
        : base(problem?.Detail, innerException)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    public ApiProblem Problem { get; }

    public static ApiProblemException Field(ProblemKind kind, string path, string detail, string? value = null, string? expected = null) =>
        new(new ApiProblem(kind, detail, path, value, expected));

    public static ApiProblemException Query(string name, string detail, string? value, string expected) =>
        new(new ApiProblem(ProblemKinds.InvalidParameter, detail, name, value, expected, "query"));

    public static ApiProblemException Path(string name, string detail, string? value, string expected) =>
        new(new ApiProblem(ProblemKinds.InvalidParameter, detail, name, value, expected, "path"));
}
