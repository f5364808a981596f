using System.CommandLine;
using Emissions.Cli.Commands;

namespace Emissions.Cli;

/// <summary>The `emissions` command line: thin verbs over Emissions.Core. Exit 0 ok, 1 material discrepancy, 2 bad input.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("Emissions: compute and cross-check published environmental figures.")
        {
            ConvertCommand.Create(context),
            CheckCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"emissions: {parsed.Errors[0].Message}");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
