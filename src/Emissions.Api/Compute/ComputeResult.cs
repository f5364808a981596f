namespace Emissions.Api.Compute;

/// <summary>
/// A compute module's answer. <see cref="Body"/> is serialised as the JSON response with the web
/// defaults (camelCase; its runtime type is used). <see cref="Table"/> is what Accept: text/csv
/// returns: the metric table of a calculation or the verdict table of a check.
/// </summary>
public sealed record ComputeResult(object Body, ResultTable Table);
