using Emissions.Factors;
using Emissions.Factors.Loading;
using Emissions.Inventory;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

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
        catch (QuantityException ex)
        {
            return Fail(verb, ex.Message);
        }
        catch (CliInputException ex)
        {
            return Fail(verb, ex.Message);
        }
        catch (InputException ex)
        {
            return Fail(verb, ex.Message);
        }
        catch (FactorLibraryException ex)
        {
            var count = ex.Errors.Count == 1 ? "1 error" : $"{ex.Errors.Count} errors";
            return Fail(verb, $"factor data has {count}: {string.Join("; ", ex.Errors)}");
        }
        catch (FactorResolutionException ex)
        {
            return Fail(verb, ex.Message);
        }
        catch (ExpressionException ex)
        {
            return Fail(verb, ex.Message);
        }
    }

    public int Fail(string verb, string message)
    {
        Error.WriteLine($"emissions {verb}: {message.ReplaceLineEndings(" ")}");
        return ExitCodes.BadInput;
    }
}
