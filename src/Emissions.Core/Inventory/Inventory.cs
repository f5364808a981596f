namespace Emissions.Inventory;

/// <summary>The raw activity data of one organisation and period (CONTRACT "Calculate" input).</summary>
public sealed record Inventory(
    string? Organization,
    string? Period,
    string? FactorSet,
    string? Gwp,
    Amount? Headcount,
    HeadcountBasis HeadcountBasis,
    Amount? Revenue,
    Amount? FloorArea,
    IReadOnlyList<FuelInput> Fuels,
    IReadOnlyList<ElectricityInput> Electricity,
    IReadOnlyList<HeatInput> Heat,
    IReadOnlyList<RefrigerantInput> Refrigerants,
    IReadOnlyList<WasteInput> Waste,
    WaterInput Water,
    IReadOnlyList<DataCenterInput> DataCenters,
    IReadOnlyList<OverrideInput> Overrides,
    IReadOnlyDictionary<string, Amount> Totals,
    string? Region = null)
{
    /// <summary>
    /// Where fuels and heat are accounted (their factors are national defaults): the input's
    /// <c>region</c>, else the country of the first electricity line ("CN-North" → "CN").
    /// </summary>
    public string? DefaultRegion => Region ?? Electricity.Select(e => e.Region.Split('-')[0]).FirstOrDefault();

    /// <summary>Where the inventory sits in its document (<c>$</c>, or <c>$.inputs</c> inside a check): the path its own members are named under.</summary>
    internal string Root { get; init; } = "$";

    /// <summary>Warnings from reading the amounts: units read by a documented default ("MT" as metric tons), each with its field.</summary>
    public IReadOnlyList<string> ReadingNotes { get; init; } = [];

    /// <summary>The request's <c>uncertainty</c>: when given, every figure also gets its 95 % intervals.</summary>
    public global::Emissions.Uncertainty.UncertaintyOptions? Uncertainty { get; init; }

    /// <summary>The line amounts as columns, built by the reader; used only while the lists are the ones they were built from.</summary>
    internal InventoryColumns? Columns { get; init; }

    /// <summary>The reporting year: the first four digits of the period ("2020", "2020-12", "FY2020").</summary>
    /// <remarks>Computed from <see cref="Period"/> when read, so that a copy made with another period (<c>with</c>) has that period's year.</remarks>
    public int? Year => YearOf(Period);

    private static int? YearOf(string? period)
    {
        if (period is null)
        {
            return null;
        }

        var digits = new string([.. period.Where(char.IsAsciiDigit).Take(4)]);
        return digits.Length == 4 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
