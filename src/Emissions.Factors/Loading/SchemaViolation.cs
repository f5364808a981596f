namespace Emissions.Factors.Loading;

/// <summary>
/// One place where a JSON document breaks its schema: the JSON path, what is wrong there, the value found (absent when
/// it is missing, or no one value is at fault) and what would have been accepted.
/// </summary>
/// <param name="Path">The JSON path of the value at fault.</param>
/// <param name="Message">What is wrong, as the error lists it.</param>
/// <param name="Value">The value found: a string as written, anything else as its JSON text, cut to 80 characters.</param>
/// <param name="Expected">What would have been accepted at <paramref name="Path"/>, never the reason.</param>
/// <param name="SaysExpected">Whether <paramref name="Message"/> already says what was expected, so a one-line form does not repeat it.</param>
internal sealed record SchemaViolation(string Path, string Message, string? Value = null, string? Expected = null, bool SaysExpected = false);
