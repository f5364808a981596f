using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
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
            FactorsCommand.Create(context),
            CalculateCommand.Create(context),
            AttributeCommand.Create(context),
            TemplateCommand.Create(context),
            KeysCommand.Create(context),
            CheckCommand.Create(context),
            UnitsCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine(Describe(parsed));
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    /// <summary>One line for a command line that does not parse; a missing argument is named, with the verb's usage.</summary>
    private static string Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        if (command.Subcommands.Count > 0)
        {
            // System.CommandLine's first error for `emissions frobnicate` (and `emissions factors frobnicate`) is "Required
            // command was not provided.": name the word not understood (or the missing verb) and the verbs there are.
            var name = command is RootCommand ? "emissions" : $"emissions {Verb(parsed.CommandResult)}";
            var verbs = string.Join(", ", command.Subcommands.Select(verb => verb.Name));
            return parsed.UnmatchedTokens is [var unknown, ..]
                ? $"{name}: '{unknown}' is not a command; expected one of {verbs} ({name} --help)"
                : $"{name}: a command is needed, one of {verbs} ({name} --help)";
        }

        var missing = command.Arguments
            .Where(argument => parsed.GetResult(argument) is not { Tokens.Count: > 0 })
            .Select(argument => $"<{argument.Name}>")
            .ToList();
        if (command is not RootCommand && missing.Count > 0)
        {
            var usage = string.Join(" ", command.Arguments.Select(argument => $"<{argument.Name}>")
                .Concat(command.Options.Where(option => !option.Hidden).Select(option => $"[{option.Name}]")));
            return $"emissions {command.Name}: missing argument {string.Join(" and ", missing)}; expected emissions {command.Name} {usage}";
        }

        if ((UnacceptedValue(parsed) ?? UnacceptedFlagValue(parsed)) is { } unaccepted)
        {
            return $"emissions {Verb(parsed.CommandResult)}: {unaccepted}";
        }

        // System.CommandLine says "Option '--org' is required.", "Required argument missing for option: '--materiality'."
        // and "Unrecognized command or argument '--bogus'.": the verb, the word and what the verb takes instead.
        if (command is not RootCommand)
        {
            var verb = Verb(parsed.CommandResult);
            if (command.Options.FirstOrDefault(option => option.Required && parsed.GetResult(option) is not { IdentifierToken: not null }) is { } required)
            {
                return $"emissions {verb}: {required.Name} is missing; expected {Usage(verb, command)}";
            }

            if (parsed.Errors[0].SymbolResult is OptionResult { Tokens.Count: 0, IdentifierToken: not null, Option: var empty } && empty.ValueType != typeof(bool))
            {
                return $"emissions {verb}: {empty.Name} has no value; expected {empty.Name} {ValueName(empty)}";
            }

            if (parsed.UnmatchedTokens is [var extra, ..])
            {
                return $"emissions {verb}: '{extra}' is not {(extra.StartsWith('-') ? "an option" : "an argument")} of {verb}; expected {Usage(verb, command)}";
            }
        }

        return $"emissions: {parsed.Errors[0].Message}";
    }

    /// <summary>"emissions keys list --org &lt;ORG&gt; [--format]": the verb's arguments, its required options with their value and the others.</summary>
    private static string Usage(string verb, Command command) => string.Join(" ", new[] { $"emissions {verb}" }
        .Concat(command.Arguments.Select(argument => $"<{argument.Name}>"))
        .Concat(command.Options.Where(option => option.Required).Select(option => $"{option.Name} {ValueName(option)}"))
        .Concat(command.Options.Where(option => !option.Hidden && !option.Required).Select(option => $"[{option.Name}]")));

    private static string ValueName(Option option) => $"<{option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant()}>";

    /// <summary>The verb as typed, with its parents ("factors sets").</summary>
    private static string Verb(CommandResult command) =>
        command.Parent is CommandResult { Command: not RootCommand } parent ? $"{Verb(parent)} {command.Command.Name}" : command.Command.Name;

    /// <summary>
    /// For a value outside an option's choices (AcceptOnlyFromAmong), the option, the value and the choices on one
    /// line, instead of System.CommandLine's message of one line per choice; null for any other error.
    /// </summary>
    private static string? UnacceptedValue(ParseResult parsed)
    {
        var symbol = parsed.Errors[0].SymbolResult;
        if ((symbol as OptionResult ?? symbol?.Parent as OptionResult) is not { } result)
        {
            return null;
        }

        var choices = result.Option.GetCompletions(CompletionContext.Empty).Select(choice => choice.Label).ToList();
        if (choices.Count == 0 || result.Tokens.FirstOrDefault(token => !choices.Contains(token.Value, StringComparer.Ordinal)) is not { } given)
        {
            return null;
        }

        return $"{result.Option.Name} '{given.Value}': expected one of {string.Join(", ", choices)}";
    }

    /// <summary>
    /// For a flag (a true/false option such as --indent) given a value that is neither: the parser does not take the
    /// value as the flag's and reports it only as an unrecognised argument; this names the flag, the value and what it
    /// accepts instead. Null for any other error.
    /// </summary>
    private static string? UnacceptedFlagValue(ParseResult parsed)
    {
        var tokens = parsed.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.Option && tokens[i + 1].Type == TokenType.Argument
                && parsed.UnmatchedTokens.Contains(tokens[i + 1].Value)
                && parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Name == tokens[i].Value || o.Aliases.Contains(tokens[i].Value)) is { } option
                && (option.ValueType == typeof(bool) || option.ValueType == typeof(bool?)))
            {
                return $"{option.Name} '{tokens[i + 1].Value}': expected true or false ({option.Name} alone is true)";
            }
        }

        return null;
    }
}
