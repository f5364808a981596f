namespace Emissions.Inventory.Bulk;

/// <summary>A bad value in a bulk row, before the file reader names its file, row and line (it rethrows it as an <see cref="InputException"/>).</summary>
internal sealed class BulkValueException(string column, string? value, string expected, InputError error = InputError.InvalidValue, Exception? inner = null, string? reason = null)
    : InvalidInputException(reason is null ? expected : $"{reason}; expected {expected}", inner)
{
    public string Column { get; } = column;

    public override string? Field => Column;

    public override string? Value { get; } = value;

    private readonly string _expected = expected;

    public override string? Expected => _expected;

    public InputError Error { get; } = error;

    /// <summary>The error naming where: "meters.csv, row 73,000,001 (line 73,000,002), column amount: 'x': expected …".</summary>
    public InputException At(string where) => new($"{where}, column {Column}", Value, _expected, Error, InnerException, reason);
}
