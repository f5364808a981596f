namespace Emissions.Factors.Loading;

/// <summary>One place where a JSON document breaks its schema: the JSON path and what is wrong there.</summary>
internal sealed record SchemaViolation(string Path, string Message);
