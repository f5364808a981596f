using Emissions.Budget;
using Emissions.Inventory;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Surface;

public sealed class InvalidInputExceptionTests
{
    // Not bad input: a failed test assertion, and a request that ran out of computing time (its own 422 kind).
    private static readonly Type[] NotInput = [typeof(CheckAssertionException), typeof(WorkBudgetExceededException)];

    [Fact]
    public void Every_exception_Core_throws_for_bad_input_derives_from_the_one_root()
    {
        var exceptions = typeof(InvalidInputException).Assembly.GetTypes()
            .Where(t => typeof(Exception).IsAssignableFrom(t) && !t.IsAbstract && !NotInput.Contains(t))
            .ToList();

        Assert.NotEmpty(exceptions);
        Assert.All(exceptions, t => Assert.True(t.IsSubclassOf(typeof(InvalidInputException)), $"{t.Name} does not derive from InvalidInputException"));
    }

    [Fact]
    public void An_input_error_names_its_field_value_and_expectation_through_the_root()
    {
        InvalidInputException error = new InputException("$.fuels[2].amount", "12 kg", "an energy, e.g. \"12 MWh\"", InputError.Quantity);

        Assert.Equal(("$.fuels[2].amount", "12 kg", "an energy, e.g. \"12 MWh\""), (error.Field, error.Value, error.Expected));
        Assert.Equal("$.fuels[2].amount: '12 kg': expected an energy, e.g. \"12 MWh\"", error.OneLineMessage);
    }

    [Fact]
    public void A_quantity_error_is_bad_input_with_its_message_on_one_line()
    {
        var error = Assert.ThrowsAny<InvalidInputException>(() => Measurement.Parse("12 MWhh"));

        Assert.Contains("MWhh", error.OneLineMessage, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.OneLineMessage);
    }
}
