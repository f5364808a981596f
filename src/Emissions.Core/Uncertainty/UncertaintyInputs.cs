namespace Emissions.Uncertainty;

/// <summary>The kinds of activity data an uncertainty can be given for: the inventory's lists and organisation figures.</summary>
public static class UncertaintyInputs
{
    public const string Electricity = "electricity";
    public const string Heat = "heat";
    public const string Fuels = "fuels";
    public const string Refrigerants = "refrigerants";
    public const string Waste = "waste";
    public const string Water = "water";
    public const string Headcount = "headcount";
    public const string Revenue = "revenue";
    public const string FloorArea = "floorArea";

    /// <summary>The names, in the order the answer lists them. Data centers' metered energy is not scaled (its figures are site meter readings with their own relations).</summary>
    public static IReadOnlyList<string> All { get; } = [Electricity, Heat, Fuels, Refrigerants, Waste, Water, Headcount, Revenue, FloorArea];
}
