namespace Emissions.Factors;

/// <summary>
/// The closed list of energy carriers, fuels and objects a factor can apply to. It equals the
/// carrier enum of factors/schema/factors.schema.json (a test keeps the two in step): a carrier
/// outside it is an error in the data and in a query, never a silent miss.
/// </summary>
internal static class Carriers
{
    public const string Electricity = "electricity";
    public const string Heat = "heat";
    public const string NaturalGas = "natural-gas";
    public const string Diesel = "diesel";
    public const string Gasoline = "gasoline";
    public const string Lpg = "lpg";
    public const string Coal = "coal";
    public const string Forest = "forest";
    public const string DataCenter = "data-center";

    public static IReadOnlyList<string> All { get; } =
        [Electricity, Heat, NaturalGas, Diesel, Gasoline, Lpg, Coal, Forest, DataCenter];

    public static bool IsKnown(string? carrier) => carrier is not null && All.Contains(carrier, StringComparer.Ordinal);
}
