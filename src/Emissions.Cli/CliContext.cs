namespace Emissions.Cli;

/// <summary>Where a command writes, and the one place that turns domain errors into exit code 2 with a one-line message.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public int Guard(string verb, Func<int> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action();
        }
        catch (InvalidInputException ex)
        {
            return Fail(verb, ex.OneLineMessage + Cli.Output.CliQuantityHints.For(verb, ex));
        }
    }

    public int Fail(string verb, string message)
    {
        Error.WriteLine($"emissions {verb}: {message.ReplaceLineEndings(" ")}");
        return ExitCodes.BadInput;
    }
}
