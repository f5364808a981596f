using System.Text;
using System.Text.RegularExpressions;

namespace Emissions.Api.Tests.Readme;

/// <summary>One shell command of a README ```sh block, with continuation lines joined and the status a preceding "# → NNN" comment expects.</summary>
public sealed record ReadmeCommand(int Line, string Text, int? ExpectedStatus);

/// <summary>A ```json block of the README: an excerpt of the answer to the command before it.</summary>
public sealed record ReadmeExcerpt(int Line, string Text);

/// <summary>
/// Reads README.md's fenced blocks and splits shell commands into words the way a POSIX shell would
/// for the subset the README uses: single and double quotes, backslash escapes, $NAME expansion,
/// backslash-newline continuation and # comments.
/// </summary>
public static partial class ReadmeExamples
{
    public static IReadOnlyList<ReadmeCommand> Commands(string readme)
    {
        var commands = new List<ReadmeCommand>();
        foreach (var (startLine, lines) in Blocks(readme, "sh"))
        {
            int? expected = null;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.TrimStart().StartsWith('#'))
                {
                    var status = ExpectedStatus().Match(line);
                    expected = status.Success ? int.Parse(status.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                    continue;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                // A command continues after a backslash at the end of a line, or while a quote is open.
                var first = startLine + i;
                var text = new StringBuilder();
                while (i + 1 < lines.Count)
                {
                    if (line.EndsWith('\\') && !QuoteOpen(text + line))
                    {
                        text.Append(line[..^1]).Append('\n');
                    }
                    else if (QuoteOpen(text + line))
                    {
                        text.Append(line).Append('\n');
                    }
                    else
                    {
                        break;
                    }

                    line = lines[++i];
                }

                text.Append(line);
                commands.Add(new ReadmeCommand(first, text.ToString(), expected));
                expected = null;
            }
        }

        return commands;
    }

    public static IReadOnlyList<ReadmeExcerpt> Excerpts(string readme) =>
        [.. Blocks(readme, "json").Select(b => new ReadmeExcerpt(b.Line, string.Join('\n', b.Lines)))];

    /// <summary>Shell words of one command, $NAME expanded from <paramref name="variables"/> outside single quotes; a comment ends the words.</summary>
    public static IReadOnlyList<string> Words(string command, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(variables);
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            switch (c)
            {
                case '\'':
                    var close = command.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException($"unterminated ' in: {command}");
                    }

                    word.Append(command, i + 1, close - i - 1);
                    inWord = true;
                    i = close;
                    break;
                case '"':
                    inWord = true;
                    for (i++; i < command.Length && command[i] != '"'; i++)
                    {
                        if (command[i] == '\\' && i + 1 < command.Length && command[i + 1] is '"' or '\\' or '$' or '`')
                        {
                            word.Append(command[++i]);
                        }
                        else if (command[i] == '$')
                        {
                            i = Expand(command, i, variables, word);
                        }
                        else
                        {
                            word.Append(command[i]);
                        }
                    }

                    if (i >= command.Length)
                    {
                        throw new FormatException($"unterminated \" in: {command}");
                    }

                    break;
                case '\\' when i + 1 < command.Length:
                    word.Append(command[++i]);
                    inWord = true;
                    break;
                case '$':
                    i = Expand(command, i, variables, word);
                    inWord = true;
                    break;
                case '#' when !inWord:
                    i = command.Length;
                    break;
                case ' ' or '\t' or '\n':
                    if (inWord)
                    {
                        words.Add(word.ToString());
                        word.Clear();
                        inWord = false;
                    }

                    break;
                default:
                    word.Append(c);
                    inWord = true;
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static bool QuoteOpen(string text)
    {
        char? open = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open == '\'')
            {
                open = c == '\'' ? null : open;
            }
            else if (open == '"')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    open = null;
                }
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c is '\'' or '"')
            {
                open = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                // A comment: nothing after it on this line opens a quote.
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end;
            }
        }

        return open is not null;
    }

    private static int Expand(string command, int dollar, IReadOnlyDictionary<string, string> variables, StringBuilder word)
    {
        var name = VariableName().Match(command, dollar + 1);
        if (!name.Success || name.Index != dollar + 1)
        {
            word.Append('$');
            return dollar;
        }

        word.Append(variables.TryGetValue(name.Value, out var value) ? value : throw new KeyNotFoundException($"${name.Value} is not set before: {command}"));
        return dollar + name.Length;
    }

    private static IEnumerable<(int Line, List<string> Lines)> Blocks(string readme, string language)
    {
        var lines = readme.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```" + language)
            {
                continue;
            }

            var start = i + 2;
            var block = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                block.Add(lines[i]);
            }

            yield return (start, block);
        }
    }

    [GeneratedRegex(@"→\s*(\d{3})\b")]
    private static partial Regex ExpectedStatus();

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex VariableName();
}
