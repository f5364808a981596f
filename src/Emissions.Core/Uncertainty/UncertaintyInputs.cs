namespace Emissions.Uncertainty;

/// <summary>The kinds of activity data an uncertainty can be given for: the inventory's lists and organisation figures.</summary>
public static class UncertaintyInputs
{
    /// <summary>Every electricity line.</summary>
    public const string Electricity = "electricity";
    /// <summary>Every purchased heat line.</summary>
    public const string Heat = "heat";
    /// <summary>Every fuel line.</summary>
    public const string Fuels = "fuels";
    /// <summary>Every refrigerant release.</summary>
    public const string Refrigerants = "refrigerants";
    /// <summary>Every waste line.</summary>
    public const string Waste = "waste";
    /// <summary>Water withdrawal and discharge.</summary>
    public const string Water = "water";
    /// <summary>The headcount intensities divide by.</summary>
    public const string Headcount = "headcount";
    /// <summary>The revenue intensities divide by.</summary>
    public const string Revenue = "revenue";
    /// <summary>The floor area intensities divide by.</summary>
    public const string FloorArea = "floorArea";

    /// <summary>The names, in the order the answer lists them. Data centers' metered energy is not scaled (its figures are site meter readings with their own relations).</summary>
    public static IReadOnlyList<string> All { get; } = [Electricity, Heat, Fuels, Refrigerants, Waste, Water, Headcount, Revenue, FloorArea];
}
