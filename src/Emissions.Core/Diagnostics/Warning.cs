namespace Emissions.Diagnostics;

/// <summary>
/// One warning of a calculation: a stable <see cref="Code"/> (see <see cref="WarningCodes"/>) that scripts may
/// match, its <see cref="Severity"/>, and the message people read. Warnings with the same code and
/// <see cref="Group"/> are listed once, with a count, under the group's text.
/// </summary>
public sealed record Warning(string Code, WarningSeverity Severity, string Message, string? Group = null)
{
    /// <summary>The warning's message.</summary>
    public override string ToString() => Message;
}
