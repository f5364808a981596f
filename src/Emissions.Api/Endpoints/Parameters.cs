using System.Globalization;
using Emissions.Api.Problems;

namespace Emissions.Api.Endpoints;

/// <summary>Query and path parameters are parsed here, not by binding, so that a bad one is a 400 problem naming it.</summary>
public static class Parameters
{
    public static int PositiveInt(string name, string text, string location, int max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
        {
            return value;
        }

        var expected = string.Create(CultureInfo.InvariantCulture, $"a whole number from 1 to {max}");
        throw new ApiProblemException(new ApiProblem(ProblemKinds.InvalidParameter, $"'{name}' is '{text}', expected {expected}", name, text, expected, location));
    }
}
