namespace Emissions.Api.Json;

public enum JsonBodyError
{
    Malformed,
    TooDeep,
    DuplicateField,
    TooManyEntries,
}
